using Microsoft.EntityFrameworkCore;

namespace ConflictTracker.Data.Queries;

/// <summary>Where a report's text names places and actors and carries claims. Each call opens its own short-lived context.</summary>
public sealed class ReportAnnotationQueries(IDbContextFactory<ConflictTrackerDbContext> contextFactory)
{
    public async Task<IReadOnlyList<ReportAnnotation>> GetAsync(int reportId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var mentions = await db.Mentions.AsNoTracking()
            .Where(m => m.ReportId == reportId)
            .Select(m => m.LocationId != null
                ? new ReportAnnotation(m.Start, m.End, AnnotationKind.Location, m.LocationId.Value, m.Location!.Name)
                : new ReportAnnotation(m.Start, m.End, AnnotationKind.Actor, m.ActorId!.Value, m.Actor!.Name))
            .ToListAsync(cancellationToken);
        var claims = await db.ClaimReports.AsNoTracking()
            .Where(c => c.ReportId == reportId)
            .Select(c => new ReportAnnotation(c.Start, c.End, AnnotationKind.Claim, c.ClaimId, c.Claim!.Speaker + " · " + c.Cue))
            .ToListAsync(cancellationToken);
        mentions.AddRange(claims);
        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return mentions;
    }
}
