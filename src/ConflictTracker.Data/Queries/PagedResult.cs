namespace ConflictTracker.Data.Queries;

/// <summary>One page of a longer list, with the size of the whole list.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total);
