using Npgsql;
using Orleans.Storage;

namespace OpsHub.Storage.Tests.Providers;

public sealed class GrainStorageTests(StorageSilo silo) : IClassFixture<StorageSilo>
{
    private const string StateName = "OpsHub.Storage.Tests.CounterState";

    [Fact]
    public async Task ReadsBackWhatWasWrittenWhenStateRoundTrips()
    {
        var grainId = NewGuidGrainId();
        var written = new GrainState<CounterState>(new CounterState { Count = 42 });

        await silo.Storage().WriteStateAsync(StateName, grainId, written);
        var read = await ReadAsync(grainId);

        read.State.ShouldNotBeNull().Count.ShouldBe(42);
        read.RecordExists.ShouldBeTrue();
        read.ETag.ShouldBe(written.ETag);
        written.ETag.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task ReadsEmptyStateWhenNothingWasWritten()
    {
        var read = await ReadAsync(NewGuidGrainId());

        read.State.ShouldNotBeNull().Count.ShouldBe(0);
        read.RecordExists.ShouldBeFalse();
        read.ETag.ShouldBeNull();
    }

    [Fact]
    public async Task ChangesETagWhenStateIsWritten()
    {
        var grainId = NewGuidGrainId();
        var state = new GrainState<CounterState>(new CounterState { Count = 1 });
        await silo.Storage().WriteStateAsync(StateName, grainId, state);
        var first = state.ETag;

        state.State!.Count = 2;
        await silo.Storage().WriteStateAsync(StateName, grainId, state);

        state.ETag.ShouldNotBe(first);
        (await ReadAsync(grainId)).ETag.ShouldBe(state.ETag);
    }

    [Fact]
    public async Task RejectsWriteWhenETagIsStale()
    {
        var grainId = NewGuidGrainId();
        var current = new GrainState<CounterState>(new CounterState { Count = 1 });
        await silo.Storage().WriteStateAsync(StateName, grainId, current);
        var stale = await ReadAsync(grainId);
        current.State!.Count = 2;
        await silo.Storage().WriteStateAsync(StateName, grainId, current);

        stale.State!.Count = 99;
        await Should.ThrowAsync<InconsistentStateException>(() => silo.Storage().WriteStateAsync(StateName, grainId, stale));

        (await ReadCountAsync(grainId)).ShouldBe(2);
    }

    [Fact]
    public async Task RejectsOneOfTwoFirstWritesWhenTheyRace()
    {
        var grainId = NewGuidGrainId();
        var writes = Enumerable.Range(1, 2)
            .Select(count => Task.Run(() => silo.Storage().WriteStateAsync(StateName, grainId, new GrainState<CounterState>(new CounterState { Count = count }))))
            .ToArray();

        var outcomes = await Task.WhenAll(writes.Select(async write =>
        {
            try
            {
                await write;
                return (Exception?)null;
            }
            catch (InconsistentStateException ex)
            {
                return ex;
            }
        }));

        outcomes.Count(outcome => outcome is null).ShouldBe(1);
        outcomes.Count(outcome => outcome is InconsistentStateException).ShouldBe(1);
        (await ReadAsync(grainId)).ETag.ShouldBe("1");
    }

    [Fact]
    public async Task ReadsEmptyStateWhenStateWasCleared()
    {
        var grainId = NewGuidGrainId();
        var state = new GrainState<CounterState>(new CounterState { Count = 5 });
        await silo.Storage().WriteStateAsync(StateName, grainId, state);
        var written = state.ETag;

        await silo.Storage().ClearStateAsync(StateName, grainId, state);
        var read = await ReadAsync(grainId);

        read.State.ShouldNotBeNull().Count.ShouldBe(0);
        read.RecordExists.ShouldBeFalse();
        read.ETag.ShouldNotBe(written);
        read.ETag.ShouldBe(state.ETag);
        read.State!.Count = 6;
        await silo.Storage().WriteStateAsync(StateName, grainId, read);
        (await ReadCountAsync(grainId)).ShouldBe(6);
    }

    [Fact]
    public async Task RejectsClearWhenETagIsStale()
    {
        var grainId = NewGuidGrainId();
        var state = new GrainState<CounterState>(new CounterState { Count = 1 });
        await silo.Storage().WriteStateAsync(StateName, grainId, state);
        var stale = await ReadAsync(grainId);
        await silo.Storage().WriteStateAsync(StateName, grainId, state);

        await Should.ThrowAsync<InconsistentStateException>(() => silo.Storage().ClearStateAsync(StateName, grainId, stale));

        (await ReadAsync(grainId)).RecordExists.ShouldBeTrue();
    }

    [Fact]
    public async Task DeletesRowWhenProviderDeletesStateOnClear()
    {
        var key = Random.Shared.NextInt64();
        var grainId = GrainId.Create(GrainType.Create("opshub-test"), GrainIdKeyExtensions.CreateIntegerKey(key));
        var storage = silo.Storage(StorageSilo.DeletingStorageName);
        var state = new GrainState<CounterState>(new CounterState { Count = 3 });
        await storage.WriteStateAsync(StateName, grainId, state);
        (await CountRowsAsync(key)).ShouldBe(1);

        await storage.ClearStateAsync(StateName, grainId, state);

        state.ETag.ShouldBeNull();
        (await CountRowsAsync(key)).ShouldBe(0);
        (await ReadAsync(grainId)).ETag.ShouldBeNull();
        state.State!.Count = 4;
        await storage.WriteStateAsync(StateName, grainId, state);
        state.ETag.ShouldBe("1");
    }

    [Fact]
    public async Task KeepsStatesApartWhenOnlyKeyExtensionDiffers()
    {
        var key = Random.Shared.NextInt64();
        var plain = GrainId.Create(GrainType.Create("opshub-test"), GrainIdKeyExtensions.CreateIntegerKey(key));
        var extended = GrainId.Create(GrainType.Create("opshub-test"), GrainIdKeyExtensions.CreateIntegerKey(key, "unit-7"));

        await silo.Storage().WriteStateAsync(StateName, plain, new GrainState<CounterState>(new CounterState { Count = 1 }));
        await silo.Storage().WriteStateAsync(StateName, extended, new GrainState<CounterState>(new CounterState { Count = 2 }));

        (await ReadCountAsync(plain)).ShouldBe(1);
        (await ReadCountAsync(extended)).ShouldBe(2);
    }

    [Fact]
    public async Task KeepsGrainStateWhenGrainIsReactivated()
    {
        var counter = silo.Grains.GetGrain<ICounterGrain>(Guid.NewGuid());
        await counter.IncrementAsync();
        await counter.IncrementAsync();

        await counter.DeactivateAsync();
        await WaitForDeactivationAsync();

        (await counter.GetAsync()).ShouldBe(2);
        await counter.ClearAsync();
        await counter.DeactivateAsync();
        await WaitForDeactivationAsync();
        (await counter.GetAsync()).ShouldBe(0);
    }

    private static GrainId NewGuidGrainId() =>
        GrainId.Create(GrainType.Create("opshub-test"), GrainIdKeyExtensions.CreateGuidKey(Guid.NewGuid()));

    private async Task<GrainState<CounterState>> ReadAsync(GrainId grainId)
    {
        var state = new GrainState<CounterState>(new CounterState());
        await silo.Storage().ReadStateAsync(StateName, grainId, state);
        return state;
    }

    private async Task<int> ReadCountAsync(GrainId grainId) => (await ReadAsync(grainId)).State.ShouldNotBeNull().Count;

    // An integer key is stored as (0, key), with no extension.
    private async Task<long> CountRowsAsync(long integerKey)
    {
        await using var connection = new NpgsqlConnection(silo.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM orleans_grain_state WHERE grain_type = $1 AND grain_id_n0 = 0 AND grain_id_n1 = $2",
            connection)
        {
            Parameters =
            {
                new NpgsqlParameter { Value = StateName },
                new NpgsqlParameter { Value = integerKey },
            },
        };
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    // DeactivateOnIdle takes effect after the call returns; a short pause lets the activation go.
    private static Task WaitForDeactivationAsync() => Task.Delay(TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken);
}
