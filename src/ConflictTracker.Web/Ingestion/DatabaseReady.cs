namespace ConflictTracker.Web.Ingestion;

/// <summary>
/// Opens once migrations have run: the worker must not touch tables that may not exist yet (in tests the host
/// can start its hosted services before the start-up migration finishes).
/// </summary>
public sealed class DatabaseReady
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => _ready.TrySetResult();

    public Task WaitAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);
}
