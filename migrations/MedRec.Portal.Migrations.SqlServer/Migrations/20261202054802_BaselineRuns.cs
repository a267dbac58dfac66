using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedRec.Portal.Migrations.SqlServer.Migrations
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Label = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    ManifestName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PackageHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    OriginalFileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    ByteCount = table.Column<long>(type: "bigint", nullable: false),
                    MaxLength = table.Column<int>(type: "int", nullable: false),
                    LabelCount = table.Column<int>(type: "int", nullable: false),
                    MetricsJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UploadedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                    ModelId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ManifestBytes = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    VocabularyFileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    VocabularyBytes = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    GraphFileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    GraphBytes = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PhaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ModelId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Label = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    BatchSize = table.Column<int>(type: "int", nullable: false),
                    RequestedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Provider = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    RecordsDone = table.Column<int>(type: "int", nullable: false),
                    RecordsTotal = table.Column<int>(type: "int", nullable: false),
                    RecordsPerSecond = table.Column<double>(type: "float", nullable: false),
                    InferenceSeconds = table.Column<double>(type: "float", nullable: true),
                    FailureReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CancelRequestedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CancelRequestedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LeaseOwner = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    LeaseExpiresAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    BaselineEntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PrimaryScore = table.Column<double>(type: "float", nullable: true),
                    MetricsJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
