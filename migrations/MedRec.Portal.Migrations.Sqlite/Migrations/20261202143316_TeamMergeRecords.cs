using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedRec.Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TeamMergeRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TeamMerges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetTeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceTeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    MergedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MergedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UndoneAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UndoneByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UndoReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamMerges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TeamMerges_AspNetUsers_MergedByUserId",
                        column: x => x.MergedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TeamMerges_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TeamMergeLedgerEntries",
                columns: table => new
                {
                    MergeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamMergeLedgerEntries", x => new { x.MergeId, x.EntryId });
                    table.ForeignKey(
                        name: "FK_TeamMergeLedgerEntries_QuotaLedger_EntryId",
                        column: x => x.EntryId,
                        principalTable: "QuotaLedger",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TeamMergeLedgerEntries_TeamMerges_MergeId",
                        column: x => x.MergeId,
                        principalTable: "TeamMerges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TeamMergeMembers",
                columns: table => new
                {
                    MergeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JoinedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamMergeMembers", x => new { x.MergeId, x.UserId });
                    table.ForeignKey(
                        name: "FK_TeamMergeMembers_TeamMerges_MergeId",
                        column: x => x.MergeId,
                        principalTable: "TeamMerges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TeamMergeSlots",
                columns: table => new
                {
                    MergeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SlotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OriginalNumber = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamMergeSlots", x => new { x.MergeId, x.SlotId });
                    table.ForeignKey(
                        name: "FK_TeamMergeSlots_QuotaSlots_SlotId",
                        column: x => x.SlotId,
                        principalTable: "QuotaSlots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TeamMergeSlots_TeamMerges_MergeId",
                        column: x => x.MergeId,
                        principalTable: "TeamMerges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TeamMergeSubmissions",
                columns: table => new
                {
                    MergeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PhaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamMergeSubmissions", x => new { x.MergeId, x.SubmissionId });
                    table.ForeignKey(
                        name: "FK_TeamMergeSubmissions_Submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TeamMergeSubmissions_TeamMerges_MergeId",
                        column: x => x.MergeId,
                        principalTable: "TeamMerges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TeamMergeLedgerEntries_EntryId",
                table: "TeamMergeLedgerEntries",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamMerges_MergedByUserId",
                table: "TeamMerges",
                column: "MergedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamMerges_SourceTeamId_UndoneAt",
                table: "TeamMerges",
                columns: new[] { "SourceTeamId", "UndoneAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TeamMerges_TaskId_UndoneAt",
                table: "TeamMerges",
                columns: new[] { "TaskId", "UndoneAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TeamMergeSlots_SlotId",
                table: "TeamMergeSlots",
                column: "SlotId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamMergeSubmissions_PhaseId",
                table: "TeamMergeSubmissions",
                column: "PhaseId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamMergeSubmissions_SubmissionId",
                table: "TeamMergeSubmissions",
                column: "SubmissionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TeamMergeLedgerEntries");

            migrationBuilder.DropTable(
                name: "TeamMergeMembers");

            migrationBuilder.DropTable(
                name: "TeamMergeSlots");

            migrationBuilder.DropTable(
                name: "TeamMergeSubmissions");

            migrationBuilder.DropTable(
                name: "TeamMerges");
        }
    }
}
