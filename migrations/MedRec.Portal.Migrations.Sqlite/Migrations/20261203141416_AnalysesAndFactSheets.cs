using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedRec.Portal.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RankOnlyWithFactSheets",
                table: "PhaseBoards",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "BoardAnalyses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PhaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SnapshotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Resamples = table.Column<int>(type: "INTEGER", nullable: false),
                    Seed = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EntriesDone = table.Column<int>(type: "INTEGER", nullable: false),
                    EntriesTotal = table.Column<int>(type: "INTEGER", nullable: false),
                    ResamplePercent = table.Column<int>(type: "INTEGER", nullable: false),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LeaseExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReportJson = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    PhaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FieldsJson = table.Column<string>(type: "TEXT", nullable: false),
                    PdfAllowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    MaxPdfBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    DeadlineAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PhaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ValuesJson = table.Column<string>(type: "TEXT", nullable: false),
                    PdfFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PdfBytes = table.Column<byte[]>(type: "BLOB", nullable: true),
                    PdfLength = table.Column<long>(type: "INTEGER", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
