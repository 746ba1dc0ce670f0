namespace ConflictTracker.Data.Queries;

/// <summary>The headline numbers of the Overview page.</summary>
/// <param name="Stories">Distinct stories: wire copies of one story count once.</param>
/// <param name="PendingUploads">Uploaded files not yet ingested.</param>
public sealed record OverviewCounts(int Reports, int Stories, int Claims, int Actors, int Locations, int PendingUploads);
