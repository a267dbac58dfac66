using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedRec.Portal.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LeaderboardScoredTeamIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_PhaseId_Status_TeamId_PrimaryScore_Id",
                table: "Submissions");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_PhaseId_TeamId_PrimaryScore",
                table: "Submissions",
                columns: new[] { "PhaseId", "TeamId", "PrimaryScore" },
                filter: "\"Status\" = 'Scored' AND \"PrimaryScore\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_PhaseId_TeamId_PrimaryScore",
                table: "Submissions");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_PhaseId_Status_TeamId_PrimaryScore_Id",
                table: "Submissions",
                columns: new[] { "PhaseId", "Status", "TeamId", "PrimaryScore", "Id" });
        }
    }
}
