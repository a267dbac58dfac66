using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedRec.Portal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class LeaderboardBoardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Submissions_PhaseId_Status_ScoredAt",
                table: "Submissions",
                columns: new[] { "PhaseId", "Status", "ScoredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_PhaseId_Status_TeamId_PrimaryScore_Id",
                table: "Submissions",
                columns: new[] { "PhaseId", "Status", "TeamId", "PrimaryScore", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_PhaseId_Status_ScoredAt",
                table: "Submissions");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_PhaseId_Status_TeamId_PrimaryScore_Id",
                table: "Submissions");
        }
    }
}
