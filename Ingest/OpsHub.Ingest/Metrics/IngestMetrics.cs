using Microsoft.Extensions.Options;
using OpsHub.Ingest.Guards;
using OpsHub.Ingest.Journal;
using Prometheus;

namespace OpsHub.Ingest.Metrics;

/// <summary>
/// Ingest figures for Prometheus: what the door received and did with it, how long sources waited for the
/// acknowledgement, and what the applier made of journaled events. The <c>source</c> label is a configured source
/// name, <c>api</c>, or <c>other</c> (a name a payload claims is never a label); <c>reason</c> is one of
/// <see cref="IngestRejectReasons"/>.
/// </summary>
public sealed class IngestMetrics
{
    private const string OtherSource = "other";

    private static readonly Counter Received = Prometheus.Metrics.CreateCounter(
        "opshub_ingest_received_total", "Items received by the ingest door, by source.", "source");

    private static readonly Counter Accepted = Prometheus.Metrics.CreateCounter(
        "opshub_ingest_accepted_total", "Items committed to the journal, by source.", "source");

    private static readonly Counter Duplicates = Prometheus.Metrics.CreateCounter(
        "opshub_ingest_duplicate_total", "Items the journal already held (same source and event id), by source.", "source");

    private static readonly Counter Rejected = Prometheus.Metrics.CreateCounter(
        "opshub_ingest_rejected_total", "Items refused at the door or when applied, by source and reason category.", "source", "reason");

    private static readonly Counter Applied = Prometheus.Metrics.CreateCounter(
        "opshub_ingest_applied_total", "Journaled events the applier dealt with, by outcome (applied, held, dead, retry).", "outcome");

    private static readonly Histogram BatchSize = Prometheus.Metrics.CreateHistogram(
        "opshub_ingest_batch_size", "Items handed to the door at once, by source.",
        new HistogramConfiguration { LabelNames = ["source"], Buckets = [1, 2, 5, 10, 50, 100, 500, 1000, 2000, 5000] });

    private static readonly Histogram AckDuration = Prometheus.Metrics.CreateHistogram(
        "opshub_ingest_ack_duration_seconds", "Time from a batch reaching the door until it is durable and can be acknowledged, by source.",
        new HistogramConfiguration { LabelNames = ["source"], Buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    private static readonly string[] Outcomes = ["applied", "held", "dead", "retry"];

    private static readonly string[] Reasons = [IngestRejectReasons.Invalid, IngestRejectReasons.UnknownReference, IngestRejectReasons.Refused];

    private readonly IOptionsMonitor<IngestGuardOptions> _guards;
    private readonly TimeProvider _time;

    public IngestMetrics(IOptionsMonitor<IngestGuardOptions> guards, TimeProvider time)
    {
        _guards = guards;
        _time = time;

        // Every configured source's counters exist from the start at zero, so rates and ratios are defined before
        // the first refusal rather than appearing with it.
        foreach (var source in guards.CurrentValue.Sources.Select(s => s.Name).Append(Http.IngestEndpoints.DefaultSource).Append(OtherSource).Distinct(StringComparer.Ordinal))
        {
            Received.WithLabels(source);
            Accepted.WithLabels(source);
            Duplicates.WithLabels(source);
            foreach (var reason in Reasons)
            {
                Rejected.WithLabels(source, reason);
            }
        }

        foreach (var outcome in Outcomes)
        {
            Applied.WithLabels(outcome);
        }
    }

    /// <summary>A timestamp to pass to <see cref="Submitted"/>.</summary>
    public long Start() => _time.GetTimestamp();

    /// <summary>Counts what the door did with <paramref name="items"/>, which it began at <paramref name="started"/>.</summary>
    public void Submitted(string source, IReadOnlyList<DoorItem> items, IReadOnlyList<DoorResult> results, long started)
    {
        var label = SourceLabel(source);
        AckDuration.WithLabels(label).Observe(_time.GetElapsedTime(started).TotalSeconds);
        BatchSize.WithLabels(label).Observe(items.Count);

        // Counted per label and outcome (accepted, duplicate, invalid, other), then added once each: a batch of thousands
        // costs a handful of increments. Items of one request nearly always share their source, so its label is looked
        // up again only when the source changes.
        var tally = new Dictionary<string, int[]>(StringComparer.Ordinal);
        string? lastSource = null;
        var counts = Counts(tally, label);
        for (var i = 0; i < results.Count; i++)
        {
            if (items[i].Source is { } own && !string.Equals(own, lastSource, StringComparison.Ordinal))
            {
                lastSource = own;
                counts = Counts(tally, SourceLabel(own));
            }
            else if (items[i].Source is null && lastSource is not null)
            {
                lastSource = null;
                counts = Counts(tally, label);
            }

            counts[results[i].Outcome switch
            {
                DoorResult.Accepted => 0,
                DoorResult.Duplicate => 1,
                DoorResult.Invalid => 2,
                _ => 3,
            }]++;
        }

        foreach (var (itemLabel, count) in tally)
        {
            var received = count[0] + count[1] + count[2] + count[3];
            if (received == 0)
            {
                continue;
            }

            Received.WithLabels(itemLabel).Inc(received);
            Inc(Accepted.WithLabels(itemLabel), count[0]);
            Inc(Duplicates.WithLabels(itemLabel), count[1]);
            Inc(Rejected.WithLabels(itemLabel, IngestRejectReasons.Invalid), count[2]);
            Inc(Rejected.WithLabels(itemLabel, IngestRejectReasons.UnknownReference), count[3]);
        }
    }

    private static int[] Counts(Dictionary<string, int[]> tally, string label)
    {
        if (!tally.TryGetValue(label, out var counts))
        {
            tally[label] = counts = new int[4];
        }

        return counts;
    }

    private static void Inc(Counter.Child counter, int count)
    {
        if (count > 0)
        {
            counter.Inc(count);
        }
    }

    /// <summary>Counts the applier's verdict on one journaled event from <paramref name="source"/>.</summary>
    public void Verdict(string source, JournalVerdict verdict)
    {
        Applied.WithLabels(verdict.State switch
        {
            JournalState.Applied => Outcomes[0],
            JournalState.Held => Outcomes[1],
            JournalState.Dead => Outcomes[2],
            _ => Outcomes[3],
        }).Inc();
        if (verdict.State == JournalState.Dead)
        {
            Rejected.WithLabels(SourceLabel(source), IngestRejectReasons.Refused).Inc();
        }
    }

    private string SourceLabel(string source) =>
        string.Equals(source, Http.IngestEndpoints.DefaultSource, StringComparison.Ordinal)
        || _guards.CurrentValue.Sources.Any(s => string.Equals(s.Name, source, StringComparison.Ordinal))
            ? source
            : OtherSource;
}
