namespace ConflictTracker.Data.Ingestion.Sources;

/// <summary>An input that cannot become a report; the message is the reason shown to the user ("the file is empty").</summary>
public sealed class RejectedInputException(string reason) : Exception(reason);
