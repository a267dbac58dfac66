using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedRec.Portal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Leaderboards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Baselines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PhaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    OriginalFileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ByteCount = table.Column<long>(type: "bigint", nullable: false),
                    RecordCount = table.Column<int>(type: "int", nullable: false),
                    CompressedContent = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    PrimaryScore = table.Column<double>(type: "float", nullable: false),
                    MetricsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ScorerVersion = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    UploadedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Baselines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Baselines_AspNetUsers_UploadedByUserId",
                        column: x => x.UploadedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Baselines_Phases_PhaseId",
                        column: x => x.PhaseId,
                        principalTable: "Phases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Baselines_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BoardModerations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PhaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Target = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    TargetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    OverrideMetricsJson = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    MergeIntoTeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RevokedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RevokeReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardModerations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoardModerations_AspNetUsers_CreatedByUserId",
                        column: x => x.CreatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BoardModerations_Phases_PhaseId",
                        column: x => x.PhaseId,
                        principalTable: "Phases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BoardSnapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PhaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    AsOf = table.Column<DateTime>(type: "datetime2", nullable: false),
                    TakenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    TakenByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RowCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoardSnapshots_Phases_PhaseId",
                        column: x => x.PhaseId,
                        principalTable: "Phases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PhaseBoards",
                columns: table => new
                {
                    PhaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FreezeScheduledAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FrozenAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FrozenSnapshotId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    HideOwnScoresWhileFrozen = table.Column<bool>(type: "bit", nullable: false),
                    PublishHourly = table.Column<bool>(type: "bit", nullable: false),
                    HourlySnapshotId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    HourlySnapshotAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhaseBoards", x => x.PhaseId);
                    table.ForeignKey(
                        name: "FK_PhaseBoards_Phases_PhaseId",
                        column: x => x.PhaseId,
                        principalTable: "Phases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BoardSnapshotRows",
                columns: table => new
                {
                    SnapshotId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Rank = table.Column<int>(type: "int", nullable: true),
                    TeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    IsBaseline = table.Column<bool>(type: "bit", nullable: false),
                    IsOverridden = table.Column<bool>(type: "bit", nullable: false),
                    EntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmissionCount = table.Column<int>(type: "int", nullable: false),
                    PrimaryScore = table.Column<double>(type: "float", nullable: false),
                    MetricsJson = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardSnapshotRows", x => new { x.SnapshotId, x.Position });
                    table.ForeignKey(
                        name: "FK_BoardSnapshotRows_BoardSnapshots_SnapshotId",
                        column: x => x.SnapshotId,
                        principalTable: "BoardSnapshots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Baselines_PhaseId",
                table: "Baselines",
                column: "PhaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Baselines_TaskId",
                table: "Baselines",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_Baselines_UploadedByUserId",
                table: "Baselines",
                column: "UploadedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_BoardModerations_CreatedByUserId",
                table: "BoardModerations",
                column: "CreatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_BoardModerations_PhaseId_RevokedAt",
                table: "BoardModerations",
                columns: new[] { "PhaseId", "RevokedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BoardSnapshots_PhaseId_AsOf",
                table: "BoardSnapshots",
                columns: new[] { "PhaseId", "AsOf" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseBoards_FreezeScheduledAt",
                table: "PhaseBoards",
                column: "FreezeScheduledAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Baselines");

            migrationBuilder.DropTable(
                name: "BoardModerations");

            migrationBuilder.DropTable(
                name: "BoardSnapshotRows");

            migrationBuilder.DropTable(
                name: "PhaseBoards");

            migrationBuilder.DropTable(
                name: "BoardSnapshots");
        }
    }
}
