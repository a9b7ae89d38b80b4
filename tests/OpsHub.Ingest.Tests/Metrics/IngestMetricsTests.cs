using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using OpsHub.Ingest.Guards;
using OpsHub.Ingest.Journal;
using OpsHub.Ingest.Metrics;

namespace OpsHub.Ingest.Tests.Metrics;

public sealed class IngestMetricsTests
{
    [Fact]
    public async Task CountsEachItemOnceUnderItsOwnSourceAndOutcome()
    {
        // Source names of this test alone, so counters other tests move in the same process do not interfere.
        var request = $"metrics-{Guid.NewGuid():N}"[..20];
        var own = $"metrics-{Guid.NewGuid():N}"[..20];
        var options = new IngestGuardOptions();
        options.Sources.Add(new IngestSourceOptions { Name = request });
        options.Sources.Add(new IngestSourceOptions { Name = own });
        var metrics = new IngestMetrics(new FixedOptions(options), TimeProvider.System);
        string[] outcomes = [DoorResult.Accepted, DoorResult.Accepted, DoorResult.Duplicate, DoorResult.Invalid, DoorResult.Unknown, DoorResult.OutOfScope, DoorResult.Accepted, DoorResult.Accepted];
        string?[] sources = [null, own, null, null, own, null, "a-name-no-one-configured", null];
        var items = sources.Select(s => new DoorItem(JournalFormats.OpsHub, "{}", null, null, null, null, s)).ToArray();
        var results = outcomes.Select(o => new DoorResult(o, null, null, null, null)).ToArray();

        metrics.Submitted(request, items, results, metrics.Start());
        metrics.Submitted(request, items, results, metrics.Start());

        var text = await ScrapeAsync();
        Value(text, "opshub_ingest_received_total", request).ShouldBe(10);
        Value(text, "opshub_ingest_received_total", own).ShouldBe(4);
        Value(text, "opshub_ingest_accepted_total", request).ShouldBe(4);
        Value(text, "opshub_ingest_accepted_total", own).ShouldBe(2);
        Value(text, "opshub_ingest_duplicate_total", request).ShouldBe(2);
        Value(text, "opshub_ingest_rejected_total", request, "reason=\"invalid\"").ShouldBe(2);
        Value(text, "opshub_ingest_rejected_total", request, "reason=\"unknown_reference\"").ShouldBe(2);
        Value(text, "opshub_ingest_rejected_total", own, "reason=\"unknown_reference\"").ShouldBe(2);
        Value(text, "opshub_ingest_batch_size_count", request).ShouldBe(2);
        Value(text, "opshub_ingest_batch_size_sum", request).ShouldBe(16);
    }

    private static async Task<string> ScrapeAsync()
    {
        using var stream = new MemoryStream();
        await Prometheus.Metrics.DefaultRegistry.CollectAndExportAsTextAsync(stream, TestContext.Current.CancellationToken);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    // The value of the one sample of `name` whose labels include source="`source`" and `more`.
    private static double Value(string text, string name, string source, string? more = null)
    {
        var line = text.Split('\n').Single(l => l.StartsWith(name + "{", StringComparison.Ordinal)
            && l.Contains($"source=\"{source}\"", StringComparison.Ordinal) && (more is null || l.Contains(more, StringComparison.Ordinal)));
        return double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
    }

    private sealed class FixedOptions(IngestGuardOptions value) : IOptionsMonitor<IngestGuardOptions>
    {
        public IngestGuardOptions CurrentValue => value;

        public IngestGuardOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<IngestGuardOptions, string?> listener) => null;
    }
}
