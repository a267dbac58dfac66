using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedRec.Portal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OneActiveBaselineRunPerModelAndPhase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BaselineRuns_PhaseId",
                table: "BaselineRuns");

            migrationBuilder.AddColumn<Guid>(
                name: "ActiveModelId",
                table: "BaselineRuns",
                type: "uniqueidentifier",
                nullable: true);

            // Runs queued or running now keep their slot (the earliest one, should a race have queued two).
            migrationBuilder.Sql("UPDATE [BaselineRuns] SET [ActiveModelId] = [ModelId] WHERE [Status] IN ('Queued', 'Running') AND NOT EXISTS (SELECT 1 FROM [BaselineRuns] AS [o] WHERE [o].[PhaseId] = [BaselineRuns].[PhaseId] AND [o].[ModelId] = [BaselineRuns].[ModelId] AND [o].[Status] IN ('Queued', 'Running') AND ([o].[RequestedAt] < [BaselineRuns].[RequestedAt] OR ([o].[RequestedAt] = [BaselineRuns].[RequestedAt] AND [o].[Id] < [BaselineRuns].[Id])))");

            migrationBuilder.CreateIndex(
                name: "IX_BaselineRuns_PhaseId_ActiveModelId",
                table: "BaselineRuns",
                columns: new[] { "PhaseId", "ActiveModelId" },
                unique: true,
                filter: "[ActiveModelId] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BaselineRuns_PhaseId_ActiveModelId",
                table: "BaselineRuns");

            migrationBuilder.DropColumn(
                name: "ActiveModelId",
                table: "BaselineRuns");

            migrationBuilder.CreateIndex(
                name: "IX_BaselineRuns_PhaseId",
                table: "BaselineRuns",
                column: "PhaseId");
        }
    }
}
