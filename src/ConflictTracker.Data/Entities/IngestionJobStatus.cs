namespace ConflictTracker.Data.Entities;

public enum IngestionJobStatus { Pending, Running, Done, Failed }
