using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace OpsHub.Grains.Storage;

/// <summary>
/// Sends the small writes that grains make beside their state (wake-ups, unit-ledger rows, KPI facts, watched rows,
/// alert raises and resolutions)
/// to PostgreSQL together: whatever is waiting when a round trip starts goes in one batch, in arrival order. A grain
/// still awaits its own write, so "this row before that state" holds exactly as before; what changes is that many
/// grains share a round trip. The apply path made six or seven single-row round trips per event, and its time went
/// into them (the 2026-12-05 profile: socket sends, Npgsql's per-command work and the garbage they make), not into
/// PostgreSQL.
/// </summary>
/// <remarks>
/// Writes go in <see cref="Lanes"/> lanes by a partition the caller names (a dossier's code, say): one partition's
/// writes run in the order they were sent, one batch at a time, while the lanes run side by side so that PostgreSQL
/// works on both cores. A row two partitions share must keep to one partition (the KPI facts, whose trigger adds to
/// shared daily sums, all use <see cref="SharedRowsPartition"/>), or two lanes could take its lock in opposite
/// orders. A batch is one implicit transaction: when a statement in it fails, nothing of it is kept and its commands
/// run again one by one, so only the faulty one fails.
/// </remarks>
public sealed partial class DerivedWrites : IAsyncDisposable
{
    /// <summary>Most commands in one round trip.</summary>
    public const int MaxBatch = 512;

    /// <summary>Batches that may run at once.</summary>
    public const int Lanes = 4;

    /// <summary>The partition of writes that touch rows shared between dossiers (the KPI daily sums).</summary>
    public const string SharedRowsPartition = "opshub:shared-rows";

    private readonly NpgsqlDataSource _db;
    private readonly ILogger<DerivedWrites> _logger;
    private readonly Channel<Pending>[] _lanes = [.. Enumerable.Range(0, Lanes).Select(_ => Channel.CreateUnbounded<Pending>(new() { SingleReader = true }))];
    private readonly Task[] _writers;

    public DerivedWrites([FromKeyedServices(StorageNames.DerivedData)] NpgsqlDataSource db, ILogger<DerivedWrites> logger)
    {
        _db = db;
        _logger = logger;
        _writers = [.. _lanes.Select(lane => Task.Run(() => WriteLoopAsync(lane.Reader)))];
    }

    /// <summary>
    /// Runs <paramref name="command"/> in its partition's next batch; returns its row count once the batch has committed.
    /// </summary>
    public async Task<int> ExecuteAsync(NpgsqlBatchCommand command, string partition, CancellationToken cancellationToken = default) =>
        (int)(await EnqueueAsync(command, partition, null, cancellationToken))!;

    /// <summary>
    /// Runs <paramref name="command"/>, which returns rows, in its partition's next batch; <paramref name="read"/> reads them
    /// (the reader is on the command's result set) and its value is returned once the batch has committed.
    /// </summary>
    public async Task<T> QueryAsync<T>(
        NpgsqlBatchCommand command, string partition, Func<NpgsqlDataReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        return (T)(await EnqueueAsync(command, partition, async (reader, ct) => await read(reader, ct), cancellationToken))!;
    }

    private Task<object?> EnqueueAsync(
        NpgsqlBatchCommand command, string partition, Func<NpgsqlDataReader, CancellationToken, Task<object?>>? read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(partition);
        var pending = new Pending(command, read, new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously));
        var lane = _lanes[(int)((uint)StringComparer.Ordinal.GetHashCode(partition) % Lanes)];
        if (!lane.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(DerivedWrites), "The silo is shutting down; the write was not sent.");
        }

        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var lane in _lanes)
        {
            lane.Writer.TryComplete();
        }

        await Task.WhenAll(_writers).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task WriteLoopAsync(ChannelReader<Pending> lane)
    {
        var batch = new List<Pending>(MaxBatch);
        while (await lane.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && lane.TryRead(out var next))
            {
                batch.Add(next);
            }

            try
            {
                var counts = await RunAsync(batch);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.TrySetResult(counts[i]);
                }
            }
            catch (PostgresException ex) when (batch.Count > 1)
            {
                LogBatchRefused(ex, batch.Count);
                foreach (var pending in batch)
                {
                    await RunAloneAsync(pending);
                }
            }
            catch (Exception ex)
            {
                foreach (var pending in batch)
                {
                    pending.Done.TrySetException(ex);
                }
            }
        }
    }

    private async Task RunAloneAsync(Pending pending)
    {
        try
        {
            // A command that has been sent cannot be bound again: it goes again as a copy.
            var copy = new NpgsqlBatchCommand(pending.Command.CommandText);
            foreach (NpgsqlParameter parameter in pending.Command.Parameters)
            {
                copy.Parameters.Add(parameter.Clone());
            }

            pending.Done.TrySetResult((await RunAsync([pending with { Command = copy }]))[0]);
        }
        catch (Exception ex)
        {
            pending.Done.TrySetException(ex);
        }
    }

    // One round trip. Result sets come back only for commands that return rows, in order; the others are skipped by
    // the reader, and their row counts are known once it is closed.
    private async Task<object?[]> RunAsync(List<Pending> batch)
    {
        await using var connection = await _db.OpenConnectionAsync();
        await using var npgsqlBatch = new NpgsqlBatch(connection);
        try
        {
            foreach (var pending in batch)
            {
                npgsqlBatch.BatchCommands.Add(pending.Command);
            }

            var results = new object?[batch.Count];
            await using (var reader = await npgsqlBatch.ExecuteReaderAsync())
            {
                var first = true;
                for (var i = 0; i < batch.Count; i++)
                {
                    if (batch[i].Read is not { } read)
                    {
                        continue;
                    }

                    if (!first && !await reader.NextResultAsync())
                    {
                        throw new InvalidOperationException($"A derived write returned no result set: {batch[i].Command.CommandText}");
                    }

                    first = false;
                    results[i] = await read(reader, CancellationToken.None);
                }
            }

            for (var i = 0; i < batch.Count; i++)
            {
                if (batch[i].Read is null)
                {
                    results[i] = batch[i].Command.RecordsAffected;
                }
            }

            return results;
        }
        finally
        {
            npgsqlBatch.BatchCommands.Clear();
        }
    }

    [LoggerMessage(EventId = 3120, Level = LogLevel.Warning, Message = "A batch of {Count} derived writes was refused; running its commands one by one")]
    private partial void LogBatchRefused(Exception exception, int count);

    private sealed record Pending(NpgsqlBatchCommand Command, Func<NpgsqlDataReader, CancellationToken, Task<object?>>? Read, TaskCompletionSource<object?> Done);
}
