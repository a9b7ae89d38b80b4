namespace OpsHub.Cli.Tests;

public sealed class SimulateCommandTests
{
    [Fact]
    public async Task PostsEveryEventAndStopsAtMaxEvents()
    {
        await using var hub = await FakeOpsHub.StartAsync();

        var run = await CliRun.RunAsync(["simulate", "--url", hub.Url.ToString(), "--start", "2026-11-23T07:00:00+07:00", "--speed", "200000", "--max-events", "150", "--seed", "3"]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Count("events sent").ShouldBe(150);
        run.Count("applied").ShouldBe(150);
        run.Out.ShouldContain("seed 3");
        hub.Items.ShouldBe(150);
        hub.Requests.ShouldBeLessThan(150);
    }

    [Fact]
    public async Task WritesTheSameNdjsonWhenDryRunWithTheSameSeed()
    {
        string[] args = ["simulate", "--dry-run", "--start", "2026-11-23", "--seed", "9", "--max-events", "500"];

        var first = await CliRun.RunAsync(args);
        var second = await CliRun.RunAsync(args);

        first.ExitCode.ShouldBe(0);
        first.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(500);
        second.Out.ShouldBe(first.Out);
    }

    [Fact]
    public async Task StopsByItselfWhenDurationIsReached()
    {
        await using var hub = await FakeOpsHub.StartAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var run = await CliRun.RunAsync(["simulate", "--url", hub.Url.ToString(), "--start", "2026-11-23T07:00:00+07:00", "--speed", "2000", "--duration", "2s", "--seed", "4"]);

        run.ExitCode.ShouldBe(0, run.Error);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        run.Count("events sent").ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task KeepsTheSameDossierEventsWhenQueueEventsAreOff()
    {
        string[] args = ["simulate", "--dry-run", "--start", "2026-11-23", "--seed", "9"];

        var on = await CliRun.RunAsync([.. args, "--max-events", "6000"]);
        var off = await CliRun.RunAsync([.. args, "--max-events", "3000", "--queue-events", "off"]);

        var dossierLines = Lines(on).Where(l => l.Contains("\"dossierCode\"", StringComparison.Ordinal) && !l.Contains("dossier.rated", StringComparison.Ordinal)).Take(3000);
        Lines(off).ShouldBe(dossierLines);
        Lines(on).ShouldContain(l => l.Contains("ticket.issued", StringComparison.Ordinal));
        Lines(off).ShouldAllBe(l => !l.Contains("ticket.", StringComparison.Ordinal) && !l.Contains("counter.", StringComparison.Ordinal) && !l.Contains("dossier.rated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LeavesCounterCodesOutOfReceiptsWhenCounterCodesAreOff()
    {
        string[] args = ["simulate", "--dry-run", "--start", "2026-11-23", "--seed", "9", "--max-events", "3000", "--queue-events", "off"];

        var on = await CliRun.RunAsync(args);
        var off = await CliRun.RunAsync([.. args, "--counter-codes", "off"]);

        Lines(on).ShouldContain(l => l.Contains("\"channel\":1,\"counterCode\"", StringComparison.Ordinal));
        Lines(off).ShouldAllBe(l => !l.Contains("counterCode", StringComparison.Ordinal));
        Lines(off).Count.ShouldBe(3000);
    }

    private static List<string> Lines(CliRun run) => [.. run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
}
