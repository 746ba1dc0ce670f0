namespace ConflictTracker.Web.Ingestion;

/// <summary>Where an uploaded file stands, as the upload page shows it.</summary>
public enum UploadOutcome { Queued, Processing, Ingested, Duplicate, Rejected }
