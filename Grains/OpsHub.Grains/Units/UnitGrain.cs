using Microsoft.Extensions.Logging;
using OpsHub.Grains.Abstractions.Units;
using Orleans.Utilities;

namespace OpsHub.Grains.Units;

internal sealed class UnitGrain(
    [PersistentState(StorageNames.UnitState, StorageNames.Default)] IPersistentState<UnitState> state,
    IUnitMetrics metrics,
    ILogger<UnitGrain> logger) : Grain, IUnitGrain
{
    private readonly ObserverManager<IUnitObserver> _observers = new(TimeSpan.FromMinutes(5), logger);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        metrics.Publish(Snapshot());
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        metrics.Withdraw(this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public async Task ApplyAsync(UnitCountChange change)
    {
        var s = state.State;
        s.Open += change.Open;
        s.Overdue += change.Overdue;
        s.Version++;
        s.UpdatedAt = change.At;
        await state.WriteStateAsync();

        var snapshot = Snapshot();
        metrics.Publish(snapshot);
        await _observers.Notify(o => o.OnUnitChangedAsync(snapshot));
    }

    public Task<UnitSnapshot> GetAsync() => Task.FromResult(Snapshot());

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

    private UnitSnapshot Snapshot()
    {
        var s = state.State;
        return new UnitSnapshot(this.GetPrimaryKeyString(), s.Open, s.Overdue, s.Version, s.UpdatedAt);
    }
}
