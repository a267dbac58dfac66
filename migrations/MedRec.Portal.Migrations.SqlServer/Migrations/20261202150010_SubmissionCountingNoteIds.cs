using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedRec.Portal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SubmissionCountingNoteIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CountingNoteArguments",
                table: "Submissions",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CountingNoteId",
                table: "Submissions",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CountingNoteArguments",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "CountingNoteId",
                table: "Submissions");
        }
    }
}
