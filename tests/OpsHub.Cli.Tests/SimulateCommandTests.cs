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
        hub.Requests.ShouldBe(150);
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
}
