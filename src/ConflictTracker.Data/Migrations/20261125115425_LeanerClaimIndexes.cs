using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConflictTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class LeanerClaimIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_Date",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_IndependentSourceCount",
                table: "Claims");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Claims_Date",
                table: "Claims",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_IndependentSourceCount",
                table: "Claims",
                column: "IndependentSourceCount");
        }
    }
}
