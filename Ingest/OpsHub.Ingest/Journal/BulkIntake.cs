using OpsHub.Ingest.Envelopes;
using OpsHub.Ingest.Events;

namespace OpsHub.Ingest.Journal;

/// <summary>
/// Takes what a bulk reader produced (CloudEvents batches, NDJSON, portal records) through the door in chunks and
/// sums up the outcome per item. Every event is journaled as OpsHub event JSON, so the applier reads one format.
/// </summary>
public sealed class BulkIntake(IngestDoor door)
{
    /// <summary>Items handed to the door at once.</summary>
    public const int Chunk = 2_000;

    /// <summary>Most refused items listed one by one in a summary.</summary>
    public const int ListedRejections = 1_000;

    /// <summary>
    /// Takes <paramref name="items"/> through the door chunk by chunk. With <paramref name="keepNothing"/> (this
    /// process's warm-up) each chunk goes to <see cref="IngestDoor.WarmUpAsync"/> instead: nothing is kept, and the
    /// summary counts nothing.
    /// </summary>
    public async Task<BulkSummary> SubmitAsync(
        string format, IAsyncEnumerable<ItemResult> items, Func<int, string>? rawOf, CancellationToken cancellationToken, IReadOnlyCollection<string>? units = null,
        bool keepNothing = false)
    {
        var summary = new BulkSummary();
        var chunk = new List<(int Position, DoorItem Item)>(Chunk);
        await foreach (var result in items.WithCancellation(cancellationToken))
        {
            foreach (var item in ToDoorItems(format, result, rawOf))
            {
                chunk.Add((result.Position, item));
            }

            if (chunk.Count >= Chunk)
            {
                await FlushAsync(chunk, summary, units, keepNothing, cancellationToken);
            }
        }

        await FlushAsync(chunk, summary, units, keepNothing, cancellationToken);
        return summary;
    }

    public Task<BulkSummary> SubmitAsync(
        string format, IEnumerable<ItemResult> items, Func<int, string>? rawOf, CancellationToken cancellationToken, IReadOnlyCollection<string>? units = null) =>
        SubmitAsync(format, items.ToAsyncEnumerable(), rawOf, cancellationToken, units);

    /// <summary>
    /// Reads <paramref name="ndjson"/> as the NDJSON door does and takes its events through the door without keeping
    /// anything (<see cref="IngestDoor.WarmUpAsync"/>).
    /// </summary>
    public async Task WarmUpAsync(Stream ndjson, CancellationToken cancellationToken)
    {
        var items = new List<DoorItem>();
        await foreach (var result in Bulk.NdjsonReader.ReadAsync(ndjson, Http.IngestEndpoints.DefaultSource, cancellationToken: cancellationToken))
        {
            items.AddRange(ToDoorItems("ndjson", result, null));
        }

        await door.WarmUpAsync(Http.IngestEndpoints.DefaultSource, items, cancellationToken);
    }

    private async Task FlushAsync(
        List<(int Position, DoorItem Item)> chunk, BulkSummary summary, IReadOnlyCollection<string>? units, bool keepNothing, CancellationToken cancellationToken)
    {
        if (chunk.Count == 0)
        {
            return;
        }

        if (keepNothing)
        {
            await door.WarmUpAsync(Http.IngestEndpoints.DefaultSource, [.. chunk.Select(c => c.Item)], cancellationToken);
            chunk.Clear();
            return;
        }

        var results = await door.SubmitAsync(Http.IngestEndpoints.DefaultSource, [.. chunk.Select(c => c.Item)], cancellationToken, units);
        for (var i = 0; i < results.Count; i++)
        {
            summary.Add(chunk[i].Position, results[i]);
        }

        chunk.Clear();
    }

    private static IEnumerable<DoorItem> ToDoorItems(string format, ItemResult result, Func<int, string>? rawOf)
    {
        switch (result)
        {
            case ItemRejected rejected:
                yield return new DoorItem(format, rawOf?.Invoke(result.Position) ?? $"{format} item {result.Position}", null, null, null,
                    rejected.Errors.Count > 0 ? rejected.Errors : new Dictionary<string, string[]> { [""] = [rejected.Reason] });
                break;
            case ItemAccepted accepted:
                foreach (var envelope in accepted.Envelopes)
                {
                    yield return new DoorItem(JournalFormats.OpsHub, EventJson.Write(envelope.Record), envelope.Record, envelope.Id, envelope.Sequence, null, envelope.Source);
                }

                break;
        }
    }
}
