using Microsoft.Extensions.Logging;

namespace OpsHub.Grains.Scheduling;

/// <summary>
/// Hands a dead silo's wake-ups to the survivors at once. Each silo keeps in memory only the wake-ups it read from
/// the table or scheduled itself; when membership declares a silo dead, every survivor re-reads the table rather than
/// waiting up to <see cref="WakeupOptions.RefreshInterval"/>, so the dead silo's due alerts are late by about the time
/// it takes to declare it dead.
/// </summary>
internal sealed partial class WakeupFailover(IClusterMembershipService membership, WakeupScheduler scheduler, ILogger<WakeupFailover> logger)
    : ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task? _watching;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(WakeupFailover), ServiceLifecycleStage.Active, StartAsync, StopAsync);

    public void Dispose() => _stopping.Dispose();

    private Task StartAsync(CancellationToken cancellationToken)
    {
        _watching = Task.Run(() => WatchAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_watching is not null)
        {
            await _watching.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task WatchAsync(CancellationToken token)
    {
        var previous = membership.CurrentSnapshot;
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(token))
            {
                foreach (var change in snapshot.CreateUpdate(previous).Changes)
                {
                    if (change.Status == SiloStatus.Dead && previous.GetSiloStatus(change.SiloAddress) != SiloStatus.Dead)
                    {
                        LogSiloDied(change.SiloAddress);
                        scheduler.RefreshNow();
                    }
                }

                previous = snapshot;
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(EventId = 3110, Level = LogLevel.Information, Message = "Silo {Silo} is dead; reading the wake-up table for its wake-ups")]
    private partial void LogSiloDied(SiloAddress silo);
}
