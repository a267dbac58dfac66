using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedRec.Portal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AnalysesAndFactSheets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PublishedAnalysisId",
                table: "PhaseBoards",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RankOnlyWithFactSheets",
                table: "PhaseBoards",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "BoardAnalyses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PhaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SnapshotId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Resamples = table.Column<int>(type: "int", nullable: false),
                    Seed = table.Column<int>(type: "int", nullable: false),
                    RequestedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    EntriesDone = table.Column<int>(type: "int", nullable: false),
                    EntriesTotal = table.Column<int>(type: "int", nullable: false),
                    ResamplePercent = table.Column<int>(type: "int", nullable: false),
                    FailureReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    LeaseOwner = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    LeaseExpiresAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReportJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardAnalyses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoardAnalyses_BoardSnapshots_SnapshotId",
                        column: x => x.SnapshotId,
                        principalTable: "BoardSnapshots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BoardAnalyses_Phases_PhaseId",
                        column: x => x.PhaseId,
                        principalTable: "Phases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FactSheetForms",
                columns: table => new
                {
                    PhaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FieldsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PdfAllowed = table.Column<bool>(type: "bit", nullable: false),
                    MaxPdfBytes = table.Column<long>(type: "bigint", nullable: false),
                    DeadlineAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactSheetForms", x => x.PhaseId);
                    table.ForeignKey(
                        name: "FK_FactSheetForms_Phases_PhaseId",
                        column: x => x.PhaseId,
                        principalTable: "Phases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FactSheets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PhaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ValuesJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PdfFileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PdfBytes = table.Column<byte[]>(type: "varbinary(max)", nullable: true),
                    PdfLength = table.Column<long>(type: "bigint", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmittedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactSheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FactSheets_Phases_PhaseId",
                        column: x => x.PhaseId,
                        principalTable: "Phases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FactSheets_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BoardAnalyses_PhaseId_RequestedAt",
                table: "BoardAnalyses",
                columns: new[] { "PhaseId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BoardAnalyses_SnapshotId",
                table: "BoardAnalyses",
                column: "SnapshotId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BoardAnalyses_Status_RequestedAt",
                table: "BoardAnalyses",
                columns: new[] { "Status", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FactSheets_PhaseId_TeamId",
                table: "FactSheets",
                columns: new[] { "PhaseId", "TeamId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FactSheets_TeamId",
                table: "FactSheets",
                column: "TeamId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BoardAnalyses");

            migrationBuilder.DropTable(
                name: "FactSheetForms");

            migrationBuilder.DropTable(
                name: "FactSheets");

            migrationBuilder.DropColumn(
                name: "PublishedAnalysisId",
                table: "PhaseBoards");

            migrationBuilder.DropColumn(
                name: "RankOnlyWithFactSheets",
                table: "PhaseBoards");
        }
    }
}
