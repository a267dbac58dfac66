using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedRec.Portal.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Submissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "QuotaLedger",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PhaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    QuotaDay = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExtraAttempts = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuotaLedger", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuotaLedger_Phases_PhaseId",
                        column: x => x.PhaseId,
                        principalTable: "Phases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QuotaLedger_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Submissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    PhaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    QuotaDay = table.Column<DateOnly>(type: "date", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    OriginalFileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ByteCount = table.Column<long>(type: "bigint", nullable: false),
                    CompressedByteCount = table.Column<long>(type: "bigint", nullable: false),
                    RecordCount = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FailureReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ValidationReportJson = table.Column<string>(type: "text", nullable: false),
                    ErrorCount = table.Column<int>(type: "integer", nullable: false),
                    WarningCount = table.Column<int>(type: "integer", nullable: false),
                    Counted = table.Column<bool>(type: "boolean", nullable: false),
                    CountingNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DuplicateOfSubmissionId = table.Column<Guid>(type: "uuid", nullable: true),
                    PrimaryScore = table.Column<double>(type: "double precision", nullable: true),
                    MetricsJson = table.Column<string>(type: "text", nullable: true),
                    ScorerVersion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ScoredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IsSelectedForFinal = table.Column<bool>(type: "boolean", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LeaseOwner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LeaseExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PendingPrimaryScore = table.Column<double>(type: "double precision", nullable: true),
                    PendingMetricsJson = table.Column<string>(type: "text", nullable: true),
                    PendingScorerVersion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    PendingFailure = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PendingComputedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Submissions_AspNetUsers_SubmittedByUserId",
                        column: x => x.SubmittedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Submissions_Phases_PhaseId",
                        column: x => x.PhaseId,
                        principalTable: "Phases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Submissions_Submissions_DuplicateOfSubmissionId",
                        column: x => x.DuplicateOfSubmissionId,
                        principalTable: "Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Submissions_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Submissions_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QuotaSlots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PhaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    QuotaDay = table.Column<DateOnly>(type: "date", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuotaSlots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuotaSlots_Submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionContents",
                columns: table => new
                {
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompressedBytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionContents", x => x.SubmissionId);
                    table.ForeignKey(
                        name: "FK_SubmissionContents_Submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QuotaLedger_PhaseId_TeamId_QuotaDay",
                table: "QuotaLedger",
                columns: new[] { "PhaseId", "TeamId", "QuotaDay" });

            migrationBuilder.CreateIndex(
                name: "IX_QuotaLedger_TeamId",
                table: "QuotaLedger",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_QuotaSlots_PhaseId_TeamId_Kind_QuotaDay_Number",
                table: "QuotaSlots",
                columns: new[] { "PhaseId", "TeamId", "Kind", "QuotaDay", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuotaSlots_SubmissionId",
                table: "QuotaSlots",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_DuplicateOfSubmissionId",
                table: "Submissions",
                column: "DuplicateOfSubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_PhaseId_Status_PrimaryScore",
                table: "Submissions",
                columns: new[] { "PhaseId", "Status", "PrimaryScore" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_PhaseId_TeamId_Sha256",
                table: "Submissions",
                columns: new[] { "PhaseId", "TeamId", "Sha256" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_PhaseId_TeamId_SubmittedAt",
                table: "Submissions",
                columns: new[] { "PhaseId", "TeamId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_Status_SubmittedAt",
                table: "Submissions",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_SubmittedByUserId",
                table: "Submissions",
                column: "SubmittedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_TaskId",
                table: "Submissions",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_TeamId",
                table: "Submissions",
                column: "TeamId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QuotaLedger");

            migrationBuilder.DropTable(
                name: "QuotaSlots");

            migrationBuilder.DropTable(
                name: "SubmissionContents");

            migrationBuilder.DropTable(
                name: "Submissions");
        }
    }
}
