using Bunit;
using ConflictTracker.Data.Entities;
using ConflictTracker.Web.Components.Pages;
using ConflictTracker.Web.Ingestion;
using ConflictTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConflictTracker.Web.Tests.Pages;

public sealed class UploadPageTests : DashboardTestContext
{
    public UploadPageTests()
    {
        Services.Configure<UploadOptions>(o => o.MaxFileBytes = 1024);
        Render<MudBlazor.MudPopoverProvider>();
    }

    [Fact]
    public void QueuesEachAcceptedFileAndListsItAsQueued()
    {
        var cut = Render<UploadPage>();

        cut.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromText("Title: One\n\nThe mayor said the bridge held.", "one.txt"),
            InputFileContent.CreateFromText("<html><title>Two</title><body>Text</body></html>", "two.html"));

        cut.WaitForAssertion(() =>
        {
            var rows = cut.FindAll("[data-testid=upload-jobs] tbody tr");
            Assert.Equal(2, rows.Count);
            Assert.All(rows, r => Assert.Equal("queued", r.QuerySelector("[data-outcome]")!.GetAttribute("data-outcome")));
        });
        using var db = CreateDbContext();
        Assert.Equal(["one.txt", "two.html"], db.IngestionJobs.OrderBy(j => j.Id).Select(j => j.FileName).ToList());
        Assert.All(db.IngestionJobs.ToList(), j => Assert.NotNull(j.Content));
    }

    [Fact]
    public void RefusesUnsupportedTypesAndOversizedFilesWithAReason()
    {
        var cut = Render<UploadPage>();

        cut.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromText("%PDF-1.7", "scan.pdf"),
            InputFileContent.CreateFromText(new string('x', 5000), "huge.txt"));

        cut.WaitForAssertion(() =>
        {
            var rows = cut.FindAll("[data-testid=upload-jobs] tbody tr").Select(r => r.TextContent).ToList();
            Assert.Equal(2, rows.Count);
            Assert.Contains(rows, r => r.Contains("scan.pdf", StringComparison.Ordinal) && r.Contains(".pdf files are not read", StringComparison.Ordinal));
            Assert.Contains(rows, r => r.Contains("huge.txt", StringComparison.Ordinal) && r.Contains("the limit is 1 KB per file", StringComparison.Ordinal));
        });
        using var db = CreateDbContext();
        Assert.Empty(db.IngestionJobs.Where(j => j.Status == IngestionJobStatus.Pending));
    }

    [Fact]
    public void EarlierUploadsAndTheirOutcomesShowAfterAReload()
    {
        using (var db = CreateDbContext())
        {
            db.IngestionJobs.Add(new IngestionJob
            {
                FileName = "old-feed.xml", Size = 10, Status = IngestionJobStatus.Done, ReportsAdded = 4, Duplicates = 1,
                CreatedAt = DateTime.UtcNow, FinishedAt = DateTime.UtcNow,
            });
            db.SaveChanges();
        }

        var cut = Render<UploadPage>();

        cut.WaitForAssertion(() =>
        {
            var row = cut.Find("[data-testid=upload-jobs] tbody tr");
            Assert.Contains("old-feed.xml", row.TextContent, StringComparison.Ordinal);
            Assert.Equal("ingested", row.QuerySelector("[data-outcome]")!.GetAttribute("data-outcome"));
            Assert.Contains("4 reports added, 1 already stored", row.TextContent, StringComparison.Ordinal);
        });
    }
}
