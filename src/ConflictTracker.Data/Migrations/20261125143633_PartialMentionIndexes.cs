using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConflictTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class PartialMentionIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Mentions_ActorId_ReportId",
                table: "Mentions");

            migrationBuilder.DropIndex(
                name: "IX_Mentions_LocationId_ReportId",
                table: "Mentions");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_ActorId_ReportId",
                table: "Mentions",
                columns: new[] { "ActorId", "ReportId" },
                filter: "\"ActorId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_LocationId_ReportId",
                table: "Mentions",
                columns: new[] { "LocationId", "ReportId" },
                filter: "\"LocationId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Mentions_ActorId_ReportId",
                table: "Mentions");

            migrationBuilder.DropIndex(
                name: "IX_Mentions_LocationId_ReportId",
                table: "Mentions");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_ActorId_ReportId",
                table: "Mentions",
                columns: new[] { "ActorId", "ReportId" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_LocationId_ReportId",
                table: "Mentions",
                columns: new[] { "LocationId", "ReportId" });
        }
    }
}
