using OpsHub.Cli.Arguments;

namespace OpsHub.Cli.Tests;

public sealed class ArgumentTests
{
    [Theory]
    [InlineData(new[] { "frobnicate" }, "Unknown command 'frobnicate'")]
    [InlineData(new[] { "simulate", "--sped", "96" }, "Unknown option '--sped' for 'simulate'")]
    [InlineData(new[] { "simulate", "--speed" }, "--speed needs a value.")]
    [InlineData(new[] { "simulate", "--speed", "fast" }, "--speed must be a number")]
    [InlineData(new[] { "simulate", "--speed", "0" }, "--speed must be a number")]
    [InlineData(new[] { "simulate", "--duration", "soon" }, "--duration must be a positive duration")]
    [InlineData(new[] { "simulate", "--max-events", "-3" }, "--max-events must be a whole number")]
    [InlineData(new[] { "simulate", "--start", "2026-11-24 07:00" }, "--start must be an instant with its offset")]
    [InlineData(new[] { "simulate", "--url", "ftp://x" }, "--url must be an http:// or https:// URL")]
    [InlineData(new[] { "simulate", "--seed", "1", "--seed", "2" }, "--seed is given twice.")]
    [InlineData(new[] { "simulate", "--dry-run=yes" }, "--dry-run takes no value")]
    [InlineData(new[] { "simulate", "extra" }, "takes no operands")]
    [InlineData(new[] { "import" }, "'import' needs the file to read")]
    [InlineData(new[] { "import", "a.ndjson", "b.ndjson" }, "'import' takes one file")]
    [InlineData(new[] { "import", "-", "--restart" }, "--restart applies to files only")]
    [InlineData(new[] { "import", "a.csv", "--format", "xml" }, "--format must be one of ndjson, cloudevents, portal-csv")]
    [InlineData(new[] { "import", "a.csv", "--batch-size", "0" }, "--batch-size must be a whole number from 1 to 10000")]
    [InlineData(new[] { "simulate", "--batch-size", "20000" }, "--batch-size must be a whole number from 1 to 10000")]
    [InlineData(new[] { "simulate", "--queue-events", "maybe" }, "--queue-events must be on or off")]
    [InlineData(new[] { "simulate", "--counter-codes", "2" }, "--counter-codes must be on or off")]
    public async Task ExitsTwoWithAClearMessageWhenTheCommandLineIsWrong(string[] args, string message)
    {
        var run = await CliRun.RunAsync(args);

        run.ExitCode.ShouldBe(CliApp.UsageError);
        run.Error.ShouldContain(message);
        run.Error.ShouldContain("--help");
    }

    [Fact]
    public async Task ReportsAMissingFileAsAUsageError()
    {
        var run = await CliRun.RunAsync(["import", Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.ndjson")]);

        run.ExitCode.ShouldBe(CliApp.UsageError);
        run.Error.ShouldContain("does not exist");
    }

    [Theory]
    [InlineData(new[] { "--help" }, "Usage: opshub <command>")]
    [InlineData(new[] { "simulate", "--help" }, "Usage: opshub simulate")]
    [InlineData(new[] { "import", "-h" }, "Usage: opshub import")]
    public async Task PrintsHelpAndExitsZeroWhenAsked(string[] args, string usage)
    {
        var run = await CliRun.RunAsync(args);

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain(usage);
    }

    [Fact]
    public void AppliesDefaultsWhenOptionsAreOmitted()
    {
        var parsed = SimulateArguments.Parse([], "/opt/opshub")!;

        parsed.Url.ShouldBe(new Uri("http://127.0.0.1:5080/"));
        parsed.Speed.ShouldBe(96);
        parsed.Duration.ShouldBe(TimeSpan.FromMinutes(5));
        parsed.MaxEvents.ShouldBeNull();
        parsed.Start.ShouldBeNull();
        parsed.ProvinceFile.ShouldBe(Path.Combine("/opt/opshub", "Data", "province-long-dien.json"));
        parsed.BatchSize.ShouldBe(500);
        parsed.QueueEvents.ShouldBeTrue();
        parsed.CounterCodes.ShouldBeTrue();
    }

    [Fact]
    public void RunsWithoutDurationLimitWhenOnlyMaxEventsIsGiven()
    {
        var parsed = SimulateArguments.Parse(["--max-events=1000", "--start", "2026-11-24"], "/")!;

        parsed.Duration.ShouldBeNull();
        parsed.MaxEvents.ShouldBe(1000);
        parsed.Start.ShouldBe(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.FromHours(7)));
    }

    [Theory]
    [InlineData("500ms", 0.5)]
    [InlineData("90s", 90)]
    [InlineData("5m", 300)]
    [InlineData("1h30m", 5400)]
    [InlineData("00:05:00", 300)]
    public void ReadsDurationsPeopleType(string text, double seconds)
    {
        DurationText.TryParse(text, out var value).ShouldBeTrue();
        value.ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("5 minutes")]
    [InlineData("-5m")]
    public void RefusesWhatIsNotADuration(string text) => DurationText.TryParse(text, out _).ShouldBeFalse();
}
