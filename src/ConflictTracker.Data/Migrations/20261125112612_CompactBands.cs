using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConflictTracker.Data.Migrations
{
    /// <summary>
    /// The similarity band tables are written tens of thousands of times per ingest and only read by key: rebuilt
    /// WITHOUT ROWID with the key as their one B-tree (no foreign key, no second index), a third of the former cost.
    /// </summary>
    public partial class CompactBands : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            Rebuild(migrationBuilder, "ReportBands", "ReportId", "WITHOUT ROWID", foreignKey: null);
            Rebuild(migrationBuilder, "ClaimBands", "ClaimId", "WITHOUT ROWID", foreignKey: null);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Rebuild(migrationBuilder, "ReportBands", "ReportId", "", foreignKey: "Reports");
            Rebuild(migrationBuilder, "ClaimBands", "ClaimId", "", foreignKey: "Claims");
            migrationBuilder.Sql("""CREATE INDEX "IX_ReportBands_ReportId" ON "ReportBands" ("ReportId");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_ClaimBands_ClaimId" ON "ClaimBands" ("ClaimId");""");
        }

        private static void Rebuild(MigrationBuilder migrationBuilder, string table, string idColumn, string options, string foreignKey)
        {
            var constraint = foreignKey is null
                ? ""
                : $""", CONSTRAINT "FK_{table}_{foreignKey}_{idColumn}" FOREIGN KEY ("{idColumn}") REFERENCES "{foreignKey}" ("Id") ON DELETE CASCADE""";
            migrationBuilder.Sql($"""
                CREATE TABLE "{table}_new" ("Key" INTEGER NOT NULL, "{idColumn}" INTEGER NOT NULL,
                    CONSTRAINT "PK_{table}" PRIMARY KEY ("Key", "{idColumn}"){constraint}) {options};
                """);
            migrationBuilder.Sql($"""INSERT INTO "{table}_new" ("Key", "{idColumn}") SELECT "Key", "{idColumn}" FROM "{table}";""");
            migrationBuilder.Sql($"""DROP TABLE "{table}";""");
            migrationBuilder.Sql($"""ALTER TABLE "{table}_new" RENAME TO "{table}";""");
        }
    }
}
