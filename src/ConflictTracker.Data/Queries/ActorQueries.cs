using ConflictTracker.Extraction.Model;
using Microsoft.EntityFrameworkCore;

namespace ConflictTracker.Data.Queries;

/// <summary>Actors for the Actors page and an actor's own page. Each call opens its own short-lived context.</summary>
public sealed class ActorQueries(IDbContextFactory<ConflictTrackerDbContext> contextFactory)
{
    private const int AliasesShown = 8;

    /// <summary>Most mentioned first; <paramref name="search"/> matches the name or any alias.</summary>
    public async Task<PagedResult<ActorSummary>> ListAsync(string? search, ActorType? type, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Actors.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{EscapeLike(search.Trim())}%";
            query = query.Where(a => EF.Functions.Like(a.Name, pattern, "\\") || a.Aliases.Any(x => EF.Functions.Like(x.Alias, pattern, "\\")));
        }

        if (type is { } wanted)
        {
            query = query.Where(a => a.Type == wanted);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = await query
            .OrderByDescending(a => a.Mentions.Count).ThenBy(a => a.Name)
            .Skip(skip).Take(take)
            .Select(a => new ActorSummary(
                a.Id,
                a.Name,
                a.Type,
                a.Affiliation,
                a.Aliases.OrderBy(x => x.Alias).Select(x => x.Alias).Take(AliasesShown).ToList(),
                a.Mentions.Count,
                a.Mentions.Select(m => m.ReportId).Distinct().Count(),
                db.Claims.Count(c => c.SpeakerActorId == a.Id || c.Actors.Any(x => x.ActorId == a.Id))))
            .ToListAsync(cancellationToken);
        return new PagedResult<ActorSummary>(page, total);
    }

    public async Task<ActorSummary?> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Actors.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new ActorSummary(
                a.Id,
                a.Name,
                a.Type,
                a.Affiliation,
                a.Aliases.OrderBy(x => x.Alias).Select(x => x.Alias).ToList(),
                a.Mentions.Count,
                a.Mentions.Select(m => m.ReportId).Distinct().Count(),
                db.Claims.Count(c => c.SpeakerActorId == a.Id || c.Actors.Any(x => x.ActorId == a.Id))))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Reports that mention the actor, newest first.</summary>
    public async Task<IReadOnlyList<ReportSummary>> ReportsAsync(int id, int take, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Reports.AsNoTracking()
            .Where(r => r.Mentions.Any(m => m.ActorId == id))
            .NewestFirst()
            .Take(take)
            .ToSummaries()
            .ToListAsync(cancellationToken);
    }

    public async Task<string?> NameAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Actors.Where(a => a.Id == id).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
    }

    internal static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
