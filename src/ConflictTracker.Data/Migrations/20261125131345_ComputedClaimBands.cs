using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConflictTracker.Data.Migrations
{
    /// <summary>
    /// Claim bands are recomputed from NormalizedText when the writer loads a speaker's claims, so their table (eight
    /// random-key rows per claim) goes. Claims are looked up by speaker only, through an index that appends instead
    /// of one that took a random text insert per claim. Down leaves ClaimBands empty: it cannot recreate the bands.
    /// </summary>
    public partial class ComputedClaimBands : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClaimBands");

            migrationBuilder.DropIndex(
                name: "IX_Claims_SpeakerKey_NormalizedText",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_SpeakerKey",
                table: "Claims",
                column: "SpeakerKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_SpeakerKey",
                table: "Claims");

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
                });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_SpeakerKey_NormalizedText",
                table: "Claims",
                columns: new[] { "SpeakerKey", "NormalizedText" });
        }
    }
}
