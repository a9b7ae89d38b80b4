using Microsoft.Extensions.Logging;
using OpsHub.Grains.Abstractions.Units;
using OpsHub.Sla.Calendar;
using Orleans.Utilities;

namespace OpsHub.Grains.Units;

/// <summary>
/// A unit's live figures, summed from the durable ledger its dossiers write to. A dossier's notice only marks the
/// figures stale; they are summed again at most every <see cref="RefreshDelay"/>, so a burst costs one query, and
/// a crash anywhere between a dossier's writes can neither lose nor double a change.
/// </summary>
internal sealed class UnitGrain(IUnitLedger ledger, IUnitMetrics metrics, Kpis.KpiNotifier kpis, ILogger<UnitGrain> logger) : Grain, IUnitGrain
{
    private static readonly TimeSpan RefreshDelay = TimeSpan.FromMilliseconds(250);

    private readonly ObserverManager<IUnitObserver> _observers = new(TimeSpan.FromMinutes(5), logger);
    private UnitSnapshot? _snapshot;
    private bool _stale = true;
    private IGrainTimer? _refresh;

    public override async Task OnActivateAsync(CancellationToken cancellationToken) => await RefreshAsync();

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        metrics.Withdraw(this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public Task ApplyAsync(UnitCountChange change)
    {
        _stale = true;
        _refresh ??= this.RegisterGrainTimer(RefreshFromTimerAsync, new GrainTimerCreationOptions(RefreshDelay, Timeout.InfiniteTimeSpan));
        return Task.CompletedTask;
    }

    public async Task<UnitSnapshot> GetAsync()
    {
        if (_stale || _snapshot is null)
        {
            await RefreshAsync();
        }

        return _snapshot!;
    }

    public Task SubscribeAsync(IUnitObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IUnitObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private async Task RefreshFromTimerAsync(CancellationToken cancellationToken)
    {
        _refresh?.Dispose();
        _refresh = null;
        if (_stale)
        {
            await RefreshAsync();
        }
    }

    private async Task RefreshAsync()
    {
        _stale = false;
        var totals = await ledger.TotalsAsync(this.GetPrimaryKeyString());
        var updated = totals.UpdatedAt is { } at ? TimeZoneInfo.ConvertTime(at, VietnamTime.Zone) : (DateTimeOffset?)null;
        var snapshot = new UnitSnapshot(this.GetPrimaryKeyString(), totals.Open, totals.Overdue, totals.Changes, updated);
        if (_snapshot == snapshot)
        {
            return;
        }

        _snapshot = snapshot;
        metrics.Publish(snapshot);
        await _observers.Notify(o => o.OnUnitChangedAsync(snapshot));

        // The KPIs of this unit and those above it move with its counts; they coalesce the notices themselves.
        await kpis.ChangedAsync(snapshot.UnitCode);
    }
}
