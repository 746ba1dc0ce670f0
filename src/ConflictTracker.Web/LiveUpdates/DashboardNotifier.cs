namespace ConflictTracker.Web.LiveUpdates;

/// <summary>
/// Tells every open dashboard (each circuit) that data changed, so it can refresh without a reload. Subscribers
/// receive callbacks on the publisher's thread and must marshal to their renderer with <c>InvokeAsync</c>.
/// </summary>
public sealed class DashboardNotifier(ILogger<DashboardNotifier> logger)
{
    private readonly Lock _lock = new();
    private readonly HashSet<Subscription> _subscriptions = [];

    public IDisposable Subscribe(Func<DashboardChange, Task> callback)
    {
        var subscription = new Subscription(this, callback);
        lock (_lock)
        {
            _subscriptions.Add(subscription);
        }

        return subscription;
    }

    public async Task NotifyAsync(DashboardChange change)
    {
        Subscription[] targets;
        lock (_lock)
        {
            targets = [.. _subscriptions];
        }

        foreach (var subscription in targets)
        {
            try
            {
                await subscription.Callback(change);
            }
            catch (Exception ex)
            {
                // One broken circuit must not stop the news reaching the others.
                logger.LogWarning(ex, "A dashboard subscriber failed to handle {ChangeKind}", change.Kind);
            }
        }
    }

    private void Unsubscribe(Subscription subscription)
    {
        lock (_lock)
        {
            _subscriptions.Remove(subscription);
        }
    }

    private sealed class Subscription(DashboardNotifier owner, Func<DashboardChange, Task> callback) : IDisposable
    {
        public Func<DashboardChange, Task> Callback { get; } = callback;

        public void Dispose() => owner.Unsubscribe(this);
    }
}
