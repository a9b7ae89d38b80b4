using System.Security.Cryptography;
using System.Text;

namespace OpsHub.Ingest.Journal;

/// <summary>
/// Every door (HTTP, bulk, simulator, replay) hands its items here: refused items become dead letters with their
/// reason, valid ones are committed to the journal, and only then does the caller answer the source.
/// </summary>
public sealed class IngestDoor(IEventJournal journal, JournalSignal signal, IIngestReferenceCheck? references = null, Metrics.IngestMetrics? metrics = null)
{
    /// <summary>
    /// Results in the order of <paramref name="items"/>; accepted items are durable when this returns. A source
    /// limited to <paramref name="units"/> has items naming another unit refused (dead-lettered with the reason).
    /// </summary>
    public async Task<IReadOnlyList<DoorResult>> SubmitAsync(
        string source, IReadOnlyList<DoorItem> items, CancellationToken cancellationToken, IReadOnlyCollection<string>? units = null)
    {
        signal.IntakeStarted();
        try
        {
            return await SubmitCoreAsync(source, items, units, cancellationToken);
        }
        finally
        {
            signal.IntakeEnded();
        }
    }

    private async Task<IReadOnlyList<DoorResult>> SubmitCoreAsync(
        string source, IReadOnlyList<DoorItem> items, IReadOnlyCollection<string>? units, CancellationToken cancellationToken)
    {
        var started = metrics?.Start() ?? 0;

        // A source limited to some units may touch only their dossiers: those its items name without a unit are looked
        // up once for the whole request.
        IReadOnlyDictionary<string, string> dossierUnits = units is { Count: > 0 } && references is not null
            ? await references.FindDossierUnitsAsync(
                [.. items.Select(i => i.Event).OfType<Events.IngestEvent>().Where(e => e is not Events.DossierReceived).Select(e => e.DossierCode).Distinct(StringComparer.Ordinal)],
                cancellationToken)
            : NoUnits;
        var results = new DoorResult?[items.Count];
        var rejected = new List<RejectedItem>();
        var journaled = new List<(int Index, JournalItem Item)>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Event is not { } record)
            {
                var reason = item.Errors is { Count: > 0 } errors ? string.Join("; ", errors.Select(e => $"{(e.Key.Length == 0 ? "event" : e.Key)}: {string.Join(" ", e.Value)}")) : "Invalid.";
                results[i] = new DoorResult(DoorResult.Invalid, null, null, reason, item.Errors);
                rejected.Add(new RejectedItem(item.Source ?? source, item.Format, item.Payload, reason));
            }
            else if (references?.FindProblem(record) is { } problem)
            {
                results[i] = new DoorResult(DoorResult.Unknown, null, record.Subject, problem, null);
                rejected.Add(new RejectedItem(item.Source ?? source, item.Format, item.Payload, problem));
            }
            else if (units is { Count: > 0 } && references?.FindScopeProblem(record, units, dossierUnits) is { } outside)
            {
                results[i] = new DoorResult(DoorResult.OutOfScope, null, record.Subject, outside, null);
                rejected.Add(new RejectedItem(item.Source ?? source, item.Format, item.Payload, outside));
            }
            else
            {
                var id = item.EventId ?? DerivedId(item.Payload);
                journaled.Add((i, new JournalItem(item.Source ?? source, id, record.Subject, record.OccurredAt, item.Sequence, item.Format, item.Payload)));
            }
        }

        await journal.RecordRejectedAsync(rejected, cancellationToken);
        var seqs = await journal.AppendAsync([.. journaled.Select(j => j.Item)], cancellationToken);
        for (var j = 0; j < journaled.Count; j++)
        {
            var (index, item) = journaled[j];
            results[index] = seqs[j] is { } seq
                ? new DoorResult(DoorResult.Accepted, seq, item.Subject, null, null)
                : new DoorResult(DoorResult.Duplicate, null, item.Subject, null, null);
        }

        if (journaled.Count > 0)
        {
            signal.Notify();
        }

        metrics?.Submitted(source, items, results!, started);
        return results!;
    }

    /// <summary>
    /// Takes <paramref name="items"/> through the door's checks and the journal's insert, keeping nothing: every
    /// readable item goes to <see cref="IEventJournal.WarmUpAsync"/>, whatever the checks say, and nothing is counted.
    /// </summary>
    public async Task WarmUpAsync(string source, IReadOnlyList<DoorItem> items, CancellationToken cancellationToken)
    {
        var journaled = new List<JournalItem>(items.Count);
        foreach (var item in items)
        {
            if (item.Event is not { } record)
            {
                continue;
            }

            _ = references?.FindProblem(record);
            journaled.Add(new JournalItem(item.Source ?? source, item.EventId ?? DerivedId(item.Payload), record.Subject, record.OccurredAt, item.Sequence, item.Format, item.Payload));
        }

        await journal.WarmUpAsync(journaled, cancellationToken);
    }

    private static readonly IReadOnlyDictionary<string, string> NoUnits = new Dictionary<string, string>();

    // Without an id from the source, the same bytes sent twice are the same event.
    private static string DerivedId(string payload) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(payload)));
}
