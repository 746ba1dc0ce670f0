using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConflictTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClaimReportLookup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ClaimReports_ClaimId",
                table: "ClaimReports");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimReports_ClaimId_ReportId",
                table: "ClaimReports",
                columns: new[] { "ClaimId", "ReportId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ClaimReports_ClaimId_ReportId",
                table: "ClaimReports");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimReports_ClaimId",
                table: "ClaimReports",
                column: "ClaimId");
        }
    }
}
