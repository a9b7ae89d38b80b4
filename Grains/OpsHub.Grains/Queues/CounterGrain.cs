using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using OpsHub.Grains.Abstractions.Queues;

namespace OpsHub.Grains.Queues;

/// <summary>One counter's day: it learns from its shop's queue grain and from dossiers received at it.</summary>
internal sealed class CounterGrain(
    [PersistentState(StorageNames.CounterState, StorageNames.Default)] IPersistentState<CounterState> state,
    [FromKeyedServices(SlaClock.Key)] TimeProvider clock,
    QueueSettings settings) : Grain, ICounterGrain
{
    private const int AppliedKeysKept = 256;

    private (string Unit, string Counter) Key
    {
        get
        {
            var key = this.GetPrimaryKeyString();
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            return (key[..slash], key[(slash + 1)..]);
        }
    }

    public async Task ApplyAsync(IReadOnlyList<CounterFact> facts)
    {
        var desk = state.State.ReadDesk();
        var keys = state.State.AppliedKeys;
        var changed = false;
        foreach (var fact in facts.Where(f => !keys.Contains(f.Key)))
        {
            desk.Apply(QueueViews.Desk(fact, Key.Counter));
            keys = keys.Add(fact.Key);
            changed = true;
        }

        if (changed)
        {
            state.State.AppliedKeys = keys.Count > AppliedKeysKept ? keys.RemoveRange(0, keys.Count - AppliedKeysKept) : keys;
            state.State.WriteDesk(desk);
            await state.WriteStateAsync();
        }
    }

    public async Task RecordDossierAsync(string dossierCode, DateTimeOffset receivedAt)
    {
        var desk = state.State.ReadDesk();
        if (desk.ReceiveDossier(dossierCode, receivedAt))
        {
            state.State.WriteDesk(desk);
            await state.WriteStateAsync();
        }
    }

    public Task<CounterSnapshot> GetAsync()
    {
        var (unit, counter) = Key;
        var desk = state.State.ReadDesk();
        var now = desk.ViewInstant(clock.GetUtcNow());
        var f = desk.FiguresAt(now);
        var info = settings.CounterOf(unit, counter);
        return Task.FromResult(new CounterSnapshot(
            unit, counter, info?.DisplayName ?? $"Quầy {counter}", info?.Fields.ToImmutableArray() ?? [], now,
            f.Open, f.Staff, f.NowServing, f.NowServingSince, f.CalledToday, f.ServedToday, f.ServedLastHour, f.NoShowsToday, f.NoShowRate,
            f.RecallsToday, f.TransfersToday, f.AverageWaitToday, f.AverageWaitLastHour, f.AverageServiceToday, f.AverageServiceLastHour,
            f.DossiersReceivedToday,
            info?.Procedures.ToImmutableArray() ?? []));
    }
}
