using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OpsHub.Grains.Storage;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Storage;

/// <summary>Writes from many grains share round trips; each caller still gets its own answer and its own failure.</summary>
public sealed class DerivedWritesTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private NpgsqlDataSource? _db;
    private DerivedWrites? _writes;

    private NpgsqlDataSource Db => _db!;

    private DerivedWrites Writes => _writes!;

    public async ValueTask InitializeAsync()
    {
        _db = NpgsqlDataSource.Create(await postgres.CreateEmptyDatabaseAsync(nameof(DerivedWritesTests)));
        await using var create = _db.CreateCommand("create table t (id int primary key, v text not null check (v <> 'bad'))");
        await create.ExecuteNonQueryAsync();
        _writes = new DerivedWrites(_db, NullLogger<DerivedWrites>.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        if (_writes is not null)
        {
            await _writes.DisposeAsync();
        }

        if (_db is not null)
        {
            await _db.DisposeAsync();
        }
    }

    [Fact]
    public async Task GivesEveryCallerItsOwnRowCountOrRowsWhenWritesAndQueriesShareABatch()
    {
        // Sent together, so that they share batches: writes that return nothing, writes that return rows, in between.
        var inserts = Enumerable.Range(1, 300).Select(i => Writes.ExecuteAsync(Insert(i, $"v{i}"), $"p{i}", TestContext.Current.CancellationToken)).ToList();
        var queries = Enumerable.Range(1, 300).Select(i =>
        {
            var cmd = new NpgsqlBatchCommand("select @n * 2 union all select @n * 3");
            cmd.Parameters.AddWithValue("n", i);
            return Writes.QueryAsync(cmd, $"p{i}", ReadIntsAsync, TestContext.Current.CancellationToken);
        }).ToList();
        var repeats = Enumerable.Range(1, 300).Select(i =>
        {
            var cmd = new NpgsqlBatchCommand("insert into t (id, v) values (@id, 'again') on conflict (id) do nothing");
            cmd.Parameters.AddWithValue("id", i % 2 == 0 ? i : 1000 + i);
            return Writes.ExecuteAsync(cmd, $"p{i}", TestContext.Current.CancellationToken);
        }).ToList();

        (await Task.WhenAll(inserts)).ShouldAllBe(count => count == 1);
        var answers = await Task.WhenAll(queries);
        for (var i = 0; i < answers.Length; i++)
        {
            answers[i].ShouldBe([(i + 1) * 2, (i + 1) * 3]);
        }

        var repeated = await Task.WhenAll(repeats);
        for (var i = 0; i < repeated.Length; i++)
        {
            repeated[i].ShouldBe((i + 1) % 2 == 0 ? 0 : 1, $"the repeat of row {i + 1}");
        }

        (await CountAsync()).ShouldBe(450);
    }

    [Fact]
    public async Task FailsOnlyTheFaultyWriteAndKeepsTheRestOfItsBatch()
    {
        var good = Enumerable.Range(1, 100).Select(i => Writes.ExecuteAsync(Insert(i, $"v{i}"), $"p{i}", TestContext.Current.CancellationToken)).ToList();
        var bad = Writes.ExecuteAsync(Insert(500, "bad"), "p500", TestContext.Current.CancellationToken);
        var more = Enumerable.Range(101, 100).Select(i => Writes.ExecuteAsync(Insert(i, $"v{i}"), $"p{i}", TestContext.Current.CancellationToken)).ToList();

        var refused = await Should.ThrowAsync<PostgresException>(bad);
        refused.SqlState.ShouldBe(PostgresErrorCodes.CheckViolation);
        (await Task.WhenAll(good.Concat(more))).ShouldAllBe(count => count == 1);
        (await CountAsync()).ShouldBe(200);
    }

    [Fact]
    public async Task RunsOnePartitionsWritesInTheOrderTheyWereSent()
    {
        var insert = Writes.ExecuteAsync(Insert(1, "first"), "one", TestContext.Current.CancellationToken);
        var update = new NpgsqlBatchCommand("update t set v = 'second' where id = 1");
        var updated = Writes.ExecuteAsync(update, "one", TestContext.Current.CancellationToken);
        var read = new NpgsqlBatchCommand("select v from t where id = 1");
        var seen = Writes.QueryAsync(read, "one", async (r, ct) => await r.ReadAsync(ct) ? r.GetString(0) : null, TestContext.Current.CancellationToken);

        (await insert).ShouldBe(1);
        (await updated).ShouldBe(1);
        (await seen).ShouldBe("second");
    }

    private static NpgsqlBatchCommand Insert(int id, string value)
    {
        var cmd = new NpgsqlBatchCommand("insert into t (id, v) values (@id, @v)");
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("v", value);
        return cmd;
    }

    private static async Task<int[]> ReadIntsAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var values = new List<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetInt32(0));
        }

        return [.. values];
    }

    private async Task<long> CountAsync()
    {
        await using var cmd = Db.CreateCommand("select count(*) from t");
        return (long)(await cmd.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
