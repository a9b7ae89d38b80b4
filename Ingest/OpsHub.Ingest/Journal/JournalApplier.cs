using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OpsHub.Ingest.Journal;

/// <summary>
/// Applies journaled events through the sink: claims pending events in journal order, applies each dossier's events
/// in order of occurrence (then the source's sequence, then journal order), dossiers in parallel, and records each
/// verdict in the same transaction. After a crash, whatever was journaled but not recorded as applied is applied on
/// the next start; the sink turns an event delivered twice into a duplicate by its journal number. While a door of
/// this process is taking events in, fewer dossiers are applied at once, with a rest after each, so acknowledgements
/// do not wait for the CPU.
/// </summary>
public sealed partial class JournalApplier(
    IEventJournal journal,
    IIngestSink sink,
    JournalSignal signal,
    TimeProvider time,
    IOptions<JournalOptions> options,
    ILogger<JournalApplier> logger,
    Metrics.IngestMetrics? metrics = null) : BackgroundService
{
    private const int BatchWhileIngesting = 100;
    private static readonly TimeSpan MaxRest = TimeSpan.FromSeconds(1);

    private readonly JournalOptions _options = options.Value;

    // Held by each dossier's apply while the doors are busy (JournalOptions.ApplyParallelismWhileIngesting).
    private readonly SemaphoreSlim _whileIngesting = new(options.Value.ApplyParallelismWhileIngesting);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.ApplyEnabled)
        {
            LogDisabled();
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // While a door is busy the applier works slowly: a smaller claim keeps its transaction short.
                var limit = signal.IntakeActive ? Math.Min(_options.ApplyBatch, BatchWhileIngesting) : _options.ApplyBatch;
                var claimed = await journal.ApplyPendingAsync(limit, entries => ApplyAsync(entries, stoppingToken), stoppingToken);
                if (claimed == 0)
                {
                    await signal.WaitAsync(_options.IdlePoll, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogBatchFailed(ex);
                await Task.Delay(_options.RetryDelay, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<IReadOnlyList<JournalVerdict>> ApplyAsync(IReadOnlyList<JournalEntry> entries, CancellationToken token)
    {
        var verdicts = new List<JournalVerdict>(entries.Count);
        var subjects = entries
            .GroupBy(e => e.Item.Subject, StringComparer.Ordinal)
            .Select(g => g.OrderBy(e => e.Item.OccurredAt).ThenBy(e => e.Item.Sequence ?? 0).ThenBy(e => e.Seq).ToList());
        await Parallel.ForEachAsync(subjects, new ParallelOptions { MaxDegreeOfParallelism = _options.ApplyParallelism, CancellationToken = token }, async (ordered, ct) =>
        {
            foreach (var entry in ordered)
            {
                var gated = signal.IntakeActive;
                if (gated)
                {
                    await _whileIngesting.WaitAsync(ct);
                }

                JournalVerdict verdict;
                var started = time.GetTimestamp();
                try
                {
                    verdict = await ApplyOneAsync(entry, ct);
                }
                finally
                {
                    if (gated)
                    {
                        // The lane rests before the next dossier may take it: the applier's share of the time while busy.
                        if (RestAfter(time.GetElapsedTime(started)) is { } rest && rest > TimeSpan.Zero)
                        {
                            await Task.Delay(rest, time, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                        }

                        _whileIngesting.Release();
                    }
                }

                metrics?.Verdict(entry.Item.Source, verdict);
                lock (verdicts)
                {
                    verdicts.Add(verdict);
                }
            }
        });
        return verdicts;
    }

    // How long to rest after a dossier that took `worked` while a door is busy, at most a second.
    private TimeSpan RestAfter(TimeSpan worked)
    {
        var share = _options.ApplyShareWhileIngesting;
        if (share >= 1 || worked <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var rest = worked * ((1 - share) / share);
        return rest < MaxRest ? rest : MaxRest;
    }

    private async Task<JournalVerdict> ApplyOneAsync(JournalEntry entry, CancellationToken token)
    {
        Events.IngestRecord record;
        try
        {
            record = JournalFormats.Read(entry.Item.Format, entry.Item.Payload);
        }
        catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException)
        {
            return new JournalVerdict(entry.Seq, JournalState.Dead, $"The journaled payload cannot be read: {ex.Message}");
        }

        try
        {
            var result = await sink.AcceptAsync(record, entry.Seq, token);
            return result.Outcome switch
            {
                SinkOutcome.Applied or SinkOutcome.Duplicate => new JournalVerdict(entry.Seq, JournalState.Applied),
                SinkOutcome.AwaitingReceipt => new JournalVerdict(entry.Seq, JournalState.Held, result.Reason),
                _ => new JournalVerdict(entry.Seq, JournalState.Dead, result.Reason),
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failure of the cluster, not of the event: leave it pending for the next round.
            LogApplyFailed(ex, entry.Seq);
            return new JournalVerdict(entry.Seq, JournalState.Pending, null);
        }
    }

    [LoggerMessage(EventId = 2200, Level = LogLevel.Warning, Message = "Journal applier is disabled in this process (OpsHub:Ingest:Journal:ApplyEnabled=false)")]
    private partial void LogDisabled();

    [LoggerMessage(EventId = 2201, Level = LogLevel.Error, Message = "Applying a journal batch failed; retrying")]
    private partial void LogBatchFailed(Exception exception);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning, Message = "Applying journal event {Seq} failed; it stays pending")]
    private partial void LogApplyFailed(Exception exception, long seq);
}
