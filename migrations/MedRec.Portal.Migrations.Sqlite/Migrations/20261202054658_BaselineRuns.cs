using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedRec.Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BaselineRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BaselineModels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ManifestName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PackageHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OriginalFileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ByteCount = table.Column<long>(type: "INTEGER", nullable: false),
                    MaxLength = table.Column<int>(type: "INTEGER", nullable: false),
                    LabelCount = table.Column<int>(type: "INTEGER", nullable: false),
                    MetricsJson = table.Column<string>(type: "TEXT", nullable: true),
                    UploadedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BaselineModels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BaselineModels_AspNetUsers_UploadedByUserId",
                        column: x => x.UploadedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BaselineModels_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BaselineModelContents",
                columns: table => new
                {
                    ModelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ManifestBytes = table.Column<byte[]>(type: "BLOB", nullable: false),
                    VocabularyFileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    VocabularyBytes = table.Column<byte[]>(type: "BLOB", nullable: false),
                    GraphFileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    GraphBytes = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BaselineModelContents", x => x.ModelId);
                    table.ForeignKey(
                        name: "FK_BaselineModelContents_BaselineModels_ModelId",
                        column: x => x.ModelId,
                        principalTable: "BaselineModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BaselineRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PhaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    BatchSize = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    RecordsDone = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordsTotal = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordsPerSecond = table.Column<double>(type: "REAL", nullable: false),
                    InferenceSeconds = table.Column<double>(type: "REAL", nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CancelRequestedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelRequestedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LeaseExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BaselineEntryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PrimaryScore = table.Column<double>(type: "REAL", nullable: true),
                    MetricsJson = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BaselineRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BaselineRuns_AspNetUsers_RequestedByUserId",
                        column: x => x.RequestedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BaselineRuns_BaselineModels_ModelId",
                        column: x => x.ModelId,
                        principalTable: "BaselineModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BaselineRuns_Baselines_BaselineEntryId",
                        column: x => x.BaselineEntryId,
                        principalTable: "Baselines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BaselineRuns_Phases_PhaseId",
                        column: x => x.PhaseId,
                        principalTable: "Phases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BaselineRuns_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BaselineModels_TaskId_PackageHash",
                table: "BaselineModels",
                columns: new[] { "TaskId", "PackageHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BaselineModels_UploadedByUserId",
                table: "BaselineModels",
                column: "UploadedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_BaselineRuns_BaselineEntryId",
                table: "BaselineRuns",
                column: "BaselineEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_BaselineRuns_ModelId",
                table: "BaselineRuns",
                column: "ModelId");

            migrationBuilder.CreateIndex(
                name: "IX_BaselineRuns_PhaseId",
                table: "BaselineRuns",
                column: "PhaseId");

            migrationBuilder.CreateIndex(
                name: "IX_BaselineRuns_RequestedByUserId",
                table: "BaselineRuns",
                column: "RequestedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_BaselineRuns_Status_RequestedAt",
                table: "BaselineRuns",
                columns: new[] { "Status", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BaselineRuns_TaskId_RequestedAt",
                table: "BaselineRuns",
                columns: new[] { "TaskId", "RequestedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BaselineModelContents");

            migrationBuilder.DropTable(
                name: "BaselineRuns");

            migrationBuilder.DropTable(
                name: "BaselineModels");
        }
    }
}
