using System.Text.Json;
using OpsHub.Ingest;
using OpsHub.Ingest.Bulk;
using OpsHub.Ingest.Envelopes;
using OpsHub.Ingest.Events;

namespace OpsHub.Cli.Tests;

/// <summary>What the simulator writes is what OpsHub's own parser accepts, in an order OpsHub can apply.</summary>
public sealed class RealEndpointTests
{
    [Fact]
    public async Task OpsHubsBulkReaderAcceptsEveryQueueAndRatingEventWhenQueueEventsAreOn()
    {
        var run = await CliRun.RunAsync(["simulate", "--dry-run", "--start", "2026-11-23T07:00:00+07:00", "--max-events", "20000", "--seed", "11"]);

        run.ExitCode.ShouldBe(0, run.Error);
        using var ndjson = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(run.Out));
        var types = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var item in NdjsonReader.ReadAsync(ndjson, cancellationToken: TestContext.Current.CancellationToken))
        {
            var accepted = item.ShouldBeOfType<ItemAccepted>(item is ItemRejected r ? $"line {r.Position}: {r.Reason}" : null);
            types.Add(accepted.Envelopes[0].Record.GetType().Name);
        }

        types.ShouldContain("DossierRated");
        types.ShouldContain("CounterOpened");
        types.ShouldContain("TicketIssued");
        types.ShouldContain("TicketTransferred");
    }

    [Fact]
    public async Task OpsHubsParserAcceptsEverySimulatedEventInOrder()
    {
        var sink = new OrderCheckingSink();

        var run = await CliRun.RunAsync(["simulate", "--dry-run", "--start", "2026-11-23T07:00:00+07:00", "--max-events", "3000", "--seed", "11", "--queue-events", "off"]);

        run.ExitCode.ShouldBe(0, run.Error);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.StartsWith('{')).ToList();
        lines.Count.ShouldBe(3000);
        var seq = 0L;
        foreach (var line in lines)
        {
            using var document = JsonDocument.Parse(line);
            var parsed = EventParser.Parse(document.RootElement, out var errors);
            parsed.ShouldNotBeNull(string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
            (await sink.AcceptAsync(parsed, ++seq, TestContext.Current.CancellationToken)).Outcome.ShouldBe(SinkOutcome.Applied, line);
        }

        sink.Applied.Select(e => e.GetType().Name).Distinct().Count().ShouldBeGreaterThanOrEqualTo(3);
    }
}
