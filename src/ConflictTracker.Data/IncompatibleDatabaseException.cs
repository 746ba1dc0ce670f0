namespace ConflictTracker.Data;

/// <summary>The database's schema history is not one this build can continue; the message says what to do.</summary>
public sealed class IncompatibleDatabaseException(string message) : InvalidOperationException(message);
