using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConflictTracker.Data.Migrations
{
    /// <summary>
    /// SQLite FTS5 indexes over reports (title, text) and claims (text, speaker). External-content tables: the text
    /// lives once in Reports/Claims and triggers keep the index in step, including rows written with raw SQL.
    /// </summary>
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ReportsFts" USING fts5("Title", "Text", content='Reports', content_rowid='Id', tokenize='porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Reports_ai" AFTER INSERT ON "Reports" BEGIN
                  INSERT INTO "ReportsFts"(rowid, "Title", "Text") VALUES (new."Id", new."Title", new."Text");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Reports_ad" AFTER DELETE ON "Reports" BEGIN
                  INSERT INTO "ReportsFts"("ReportsFts", rowid, "Title", "Text") VALUES ('delete', old."Id", old."Title", old."Text");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Reports_au" AFTER UPDATE OF "Title", "Text" ON "Reports" BEGIN
                  INSERT INTO "ReportsFts"("ReportsFts", rowid, "Title", "Text") VALUES ('delete', old."Id", old."Title", old."Text");
                  INSERT INTO "ReportsFts"(rowid, "Title", "Text") VALUES (new."Id", new."Title", new."Text");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ClaimsFts" USING fts5("Text", "Speaker", content='Claims', content_rowid='Id', tokenize='porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Claims_ai" AFTER INSERT ON "Claims" BEGIN
                  INSERT INTO "ClaimsFts"(rowid, "Text", "Speaker") VALUES (new."Id", new."Text", new."Speaker");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Claims_ad" AFTER DELETE ON "Claims" BEGIN
                  INSERT INTO "ClaimsFts"("ClaimsFts", rowid, "Text", "Speaker") VALUES ('delete', old."Id", old."Text", old."Speaker");
                END;
                """);
            // Only a change of the indexed columns touches the index: counters and status change often.
            migrationBuilder.Sql("""
                CREATE TRIGGER "Claims_au" AFTER UPDATE OF "Text", "Speaker" ON "Claims" BEGIN
                  INSERT INTO "ClaimsFts"("ClaimsFts", rowid, "Text", "Speaker") VALUES ('delete', old."Id", old."Text", old."Speaker");
                  INSERT INTO "ClaimsFts"(rowid, "Text", "Speaker") VALUES (new."Id", new."Text", new."Speaker");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "Reports_ai", "Reports_ad", "Reports_au", "Claims_ai", "Claims_ad", "Claims_au" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{trigger}\";");
            }

            migrationBuilder.Sql("DROP TABLE IF EXISTS \"ReportsFts\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"ClaimsFts\";");
        }
    }
}
