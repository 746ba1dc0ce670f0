using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConflictTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Actors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Affiliation = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Actors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IngestionJobs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReportsAdded = table.Column<int>(type: "INTEGER", nullable: false),
                    Duplicates = table.Column<int>(type: "INTEGER", nullable: false),
                    NearDuplicates = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestionJobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Locations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlaceId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Admin1 = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Locations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Stories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    FirstSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReportCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ActorAliases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Alias = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NormalizedAlias = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActorAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActorAliases_Actors_ActorId",
                        column: x => x.ActorId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SpeakerActorId = table.Column<int>(type: "INTEGER", nullable: true),
                    Speaker = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SpeakerKey = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    SourceType = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Cue = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    NormalizedText = table.Column<string>(type: "TEXT", nullable: false),
                    Hedged = table.Column<bool>(type: "INTEGER", nullable: false),
                    Evidentiality = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstReportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReportCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IndependentSourceCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Claims_Actors_SpeakerActorId",
                        column: x => x.SpeakerActorId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Reports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Outlet = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Author = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IngestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RawHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    SourceName = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Format = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StoryId = table.Column<int>(type: "INTEGER", nullable: true),
                    NearDuplicateOfId = table.Column<int>(type: "INTEGER", nullable: true),
                    MentionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reports_Reports_NearDuplicateOfId",
                        column: x => x.NearDuplicateOfId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Reports_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ClaimActors",
                columns: table => new
                {
                    ClaimId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimActors", x => new { x.ClaimId, x.ActorId });
                    table.ForeignKey(
                        name: "FK_ClaimActors_Actors_ActorId",
                        column: x => x.ActorId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClaimActors_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClaimBands",
                columns: table => new
                {
                    Key = table.Column<long>(type: "INTEGER", nullable: false),
                    ClaimId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimBands", x => new { x.Key, x.ClaimId });
                    table.ForeignKey(
                        name: "FK_ClaimBands_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClaimEdits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClaimId = table.Column<int>(type: "INTEGER", nullable: false),
                    Editor = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OldValue = table.Column<string>(type: "TEXT", nullable: true),
                    NewValue = table.Column<string>(type: "TEXT", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimEdits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClaimEdits_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClaimLocations",
                columns: table => new
                {
                    ClaimId = table.Column<int>(type: "INTEGER", nullable: false),
                    LocationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimLocations", x => new { x.ClaimId, x.LocationId });
                    table.ForeignKey(
                        name: "FK_ClaimLocations_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClaimLocations_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClaimReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClaimId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<int>(type: "INTEGER", nullable: false),
                    End = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Cue = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Sentence = table.Column<string>(type: "TEXT", nullable: false),
                    Hedged = table.Column<bool>(type: "INTEGER", nullable: false),
                    Evidentiality = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClaimReports_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClaimReports_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Mentions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<int>(type: "INTEGER", nullable: false),
                    End = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    LocationId = table.Column<int>(type: "INTEGER", nullable: true),
                    ActorId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mentions", x => x.Id);
                    table.CheckConstraint("CK_Mentions_OneTarget", "(\"LocationId\" IS NULL) <> (\"ActorId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_Mentions_Actors_ActorId",
                        column: x => x.ActorId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Mentions_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Mentions_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RawInputs",
                columns: table => new
                {
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RawInputs", x => x.ReportId);
                    table.ForeignKey(
                        name: "FK_RawInputs_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportBands",
                columns: table => new
                {
                    Key = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportBands", x => new { x.Key, x.ReportId });
                    table.ForeignKey(
                        name: "FK_ReportBands_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActorAliases_ActorId",
                table: "ActorAliases",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_ActorAliases_NormalizedAlias",
                table: "ActorAliases",
                column: "NormalizedAlias",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Actors_NormalizedName",
                table: "Actors",
                column: "NormalizedName");

            migrationBuilder.CreateIndex(
                name: "IX_Actors_Type",
                table: "Actors",
                column: "Type");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimActors_ActorId",
                table: "ClaimActors",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimBands_ClaimId",
                table: "ClaimBands",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimEdits_At",
                table: "ClaimEdits",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimEdits_ClaimId_At",
                table: "ClaimEdits",
                columns: new[] { "ClaimId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimLocations_LocationId",
                table: "ClaimLocations",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimReports_ClaimId",
                table: "ClaimReports",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimReports_ReportId",
                table: "ClaimReports",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Date",
                table: "Claims",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_FirstReportedAt",
                table: "Claims",
                column: "FirstReportedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_IndependentSourceCount",
                table: "Claims",
                column: "IndependentSourceCount");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_SpeakerActorId_FirstReportedAt",
                table: "Claims",
                columns: new[] { "SpeakerActorId", "FirstReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_SpeakerKey_NormalizedText",
                table: "Claims",
                columns: new[] { "SpeakerKey", "NormalizedText" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Status_FirstReportedAt",
                table: "Claims",
                columns: new[] { "Status", "FirstReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestionJobs_BatchId",
                table: "IngestionJobs",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_IngestionJobs_CreatedAt",
                table: "IngestionJobs",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_IngestionJobs_Status_Id",
                table: "IngestionJobs",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Locations_Country",
                table: "Locations",
                column: "Country");

            migrationBuilder.CreateIndex(
                name: "IX_Locations_Name",
                table: "Locations",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Locations_PlaceId",
                table: "Locations",
                column: "PlaceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_ActorId_ReportId",
                table: "Mentions",
                columns: new[] { "ActorId", "ReportId" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_LocationId_ReportId",
                table: "Mentions",
                columns: new[] { "LocationId", "ReportId" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_ReportId",
                table: "Mentions",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportBands_ReportId",
                table: "ReportBands",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_ContentHash",
                table: "Reports",
                column: "ContentHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_IngestedAt",
                table: "Reports",
                column: "IngestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_NearDuplicateOfId",
                table: "Reports",
                column: "NearDuplicateOfId");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Outlet",
                table: "Reports",
                column: "Outlet");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_PublishedAt",
                table: "Reports",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_RawHash",
                table: "Reports",
                column: "RawHash");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_StoryId",
                table: "Reports",
                column: "StoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Stories_FirstSeenAt",
                table: "Stories",
                column: "FirstSeenAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActorAliases");

            migrationBuilder.DropTable(
                name: "ClaimActors");

            migrationBuilder.DropTable(
                name: "ClaimBands");

            migrationBuilder.DropTable(
                name: "ClaimEdits");

            migrationBuilder.DropTable(
                name: "ClaimLocations");

            migrationBuilder.DropTable(
                name: "ClaimReports");

            migrationBuilder.DropTable(
                name: "IngestionJobs");

            migrationBuilder.DropTable(
                name: "Mentions");

            migrationBuilder.DropTable(
                name: "RawInputs");

            migrationBuilder.DropTable(
                name: "ReportBands");

            migrationBuilder.DropTable(
                name: "Claims");

            migrationBuilder.DropTable(
                name: "Locations");

            migrationBuilder.DropTable(
                name: "Reports");

            migrationBuilder.DropTable(
                name: "Actors");

            migrationBuilder.DropTable(
                name: "Stories");
        }
    }
}
