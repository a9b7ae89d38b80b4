namespace OpsHub.Storage.Tests.Providers;

internal sealed class CounterGrain(
    [PersistentState("counter", StorageSilo.StorageName)] IPersistentState<CounterState> counter)
    : Grain, ICounterGrain
{
    public async Task<int> IncrementAsync()
    {
        counter.State.Count++;
        await counter.WriteStateAsync();
        return counter.State.Count;
    }

    public Task<int> GetAsync() => Task.FromResult(counter.State.Count);

    public Task ClearAsync() => counter.ClearStateAsync();

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
