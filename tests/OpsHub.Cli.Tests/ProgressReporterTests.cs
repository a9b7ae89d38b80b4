using OpsHub.Cli.Terminal;

namespace OpsHub.Cli.Tests;

public sealed class ProgressReporterTests
{
    [Fact]
    public void DrawsABarInPlaceWhenStandardErrorIsATerminal()
    {
        using var error = new StringWriter();
        var reporter = new ProgressReporter(new CliConsole(TextWriter.Null, error, true, () => Stream.Null), new ManualClock(), TimeSpan.FromSeconds(1));

        reporter.Report("10 lines", 0.5);
        reporter.Finish();

        error.ToString().ShouldStartWith("\r[############------------]  50% 10 lines");
    }

    [Fact]
    public void PrintsPlainLinesAtMostOncePerIntervalWhenNotATerminal()
    {
        using var error = new StringWriter();
        var clock = new ManualClock();
        var reporter = new ProgressReporter(new CliConsole(TextWriter.Null, error, false, () => Stream.Null), clock, TimeSpan.FromSeconds(5));

        reporter.Report("one", null);
        reporter.Report("hidden", null);
        clock.Advance(TimeSpan.FromSeconds(5));
        reporter.Report("two", null);

        error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).ShouldBe(["one", "two"]);
    }
}
