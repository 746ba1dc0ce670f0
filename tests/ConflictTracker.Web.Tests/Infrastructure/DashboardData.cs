using ConflictTracker.Data;
using ConflictTracker.Data.Entities;
using ConflictTracker.Extraction.Model;

namespace ConflictTracker.Web.Tests.Infrastructure;

/// <summary>Writes small, hand-made dashboard fixtures straight into a test database.</summary>
internal sealed class DashboardData(Func<ConflictTrackerDbContext> createContext)
{
    public Report AddReport(string title, string text, string? outlet = null, DateTime? published = null)
    {
        using var db = createContext();
        var report = new Report
        {
            Title = title,
            Outlet = outlet,
            Text = text,
            PublishedAt = published,
            IngestedAt = DateTime.UtcNow,
            ContentHash = Guid.NewGuid().ToString("N"),
        };
        db.Reports.Add(report);
        db.SaveChanges();
        return report;
    }

    public Location AddLocation(string name, string country, double? lat, double? lon, string? admin1 = null, string? placeId = null)
    {
        using var db = createContext();
        var location = new Location
        {
            Name = name,
            PlaceId = placeId ?? $"geonames:{Math.Abs(name.GetHashCode(StringComparison.Ordinal))}",
            Kind = LocationKind.City,
            Country = country,
            Admin1 = admin1,
            Latitude = lat,
            Longitude = lon,
        };
        db.Locations.Add(location);
        db.SaveChanges();
        return location;
    }

    public Actor AddActor(string name, ActorType type, string? affiliation = null, params string[] aliases)
    {
        using var db = createContext();
        var actor = new Actor { Name = name, NormalizedName = name.ToLowerInvariant(), Type = type, Affiliation = affiliation };
        foreach (var alias in aliases)
        {
            actor.Aliases.Add(new ActorAlias { Alias = alias, NormalizedAlias = alias.ToLowerInvariant() });
        }

        db.Actors.Add(actor);
        db.SaveChanges();
        return actor;
    }

    /// <summary>Marks every occurrence of <paramref name="surface"/> in the report as a mention of the place or actor.</summary>
    public void Mention(Report report, string surface, Location? location = null, Actor? actor = null)
    {
        using var db = createContext();
        for (var i = report.Text.IndexOf(surface, StringComparison.Ordinal); i >= 0; i = report.Text.IndexOf(surface, i + surface.Length, StringComparison.Ordinal))
        {
            db.Mentions.Add(new ConflictTracker.Data.Entities.Mention { ReportId = report.Id, Start = i, End = i + surface.Length, Text = surface, LocationId = location?.Id, ActorId = actor?.Id });
        }

        db.SaveChanges();
    }

    /// <summary>A claim whose verbatim span is <paramref name="content"/> inside each report's text.</summary>
    public Claim AddClaim(
        string speaker,
        string cue,
        string content,
        IReadOnlyList<Report> reports,
        Actor? speakerActor = null,
        Location? about = null,
        bool hedged = false,
        ClaimStatus status = ClaimStatus.Unreviewed,
        DateOnly? date = null,
        int? independentSources = null)
    {
        using var db = createContext();
        var claim = new Claim
        {
            Speaker = speaker,
            SpeakerKey = speaker.ToLowerInvariant(),
            SpeakerActorId = speakerActor?.Id,
            SourceType = speakerActor is null ? SourceType.Described : SourceType.Person,
            Cue = cue,
            Text = content,
            NormalizedText = content.ToLowerInvariant(),
            Hedged = hedged,
            Evidentiality = Evidentiality.Stated,
            Date = date,
            FirstReportedAt = reports.Min(r => r.PublishedAt ?? r.IngestedAt),
            Status = status,
            ReportCount = reports.Count,
            IndependentSourceCount = independentSources ?? reports.Count,
        };
        foreach (var report in reports)
        {
            var start = report.Text.IndexOf(content, StringComparison.Ordinal);
            claim.Reports.Add(new ClaimReport
            {
                ReportId = report.Id,
                Start = Math.Max(0, start),
                End = Math.Max(0, start) + content.Length,
                Text = content,
                Cue = cue,
                Sentence = content,
                Hedged = hedged,
                Evidentiality = Evidentiality.Stated,
            });
        }

        if (about is not null)
        {
            claim.Locations.Add(new ClaimLocation { LocationId = about.Id });
        }

        db.Claims.Add(claim);
        db.SaveChanges();
        return claim;
    }
}
