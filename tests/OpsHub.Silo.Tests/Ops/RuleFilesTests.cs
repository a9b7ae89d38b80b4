using System.Text.RegularExpressions;
using OpsHub.Silo.Tests.Infrastructure;

namespace OpsHub.Silo.Tests.Ops;

/// <summary><c>deploy/prometheus</c> through promtool: the configuration and rules lint clean and every alert rule is unit-tested.</summary>
public sealed partial class RuleFilesTests
{
    private const string Promtool = "/usr/bin/promtool";
    private static readonly string Deploy = Path.Combine(SiloProcess.RepositoryRoot(), "deploy", "prometheus");

    [Fact]
    public async Task RuleFilesPassPromtoolCheckRulesWhenLinted()
    {
        var rules = Directory.GetFiles(Path.Combine(Deploy, "rules"), "*.yml");

        var check = await Tool.RunAsync(Promtool, ["check", "rules", .. rules]);

        rules.Length.ShouldBe(2);
        check.ExitCode.ShouldBe(0, check.ToString());
        check.Errors.ShouldNotContain("WARNING", Case.Insensitive, check.ToString());
    }

    [Fact]
    public async Task ScrapeConfigPassesPromtoolCheckConfigWhenLinted()
    {
        var check = await Tool.RunAsync(Promtool, ["check", "config", Path.Combine(Deploy, "prometheus.yml")]);

        check.ExitCode.ShouldBe(0, check.ToString());
        (check.Output + check.Errors).ShouldContain("2 rule files found", Case.Sensitive, check.ToString());
    }

    [Fact]
    public async Task RuleUnitTestsPassWhenRunByPromtool()
    {
        var tests = Directory.GetFiles(Path.Combine(Deploy, "tests"), "*.yml");

        var run = await Tool.RunAsync(Promtool, ["test", "rules", .. tests]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("SUCCESS", Case.Sensitive, run.ToString());
    }

    [Fact]
    public async Task EveryAlertRuleHasAUnitTestThatExpectsItToFireWhenTheRulesAreListed()
    {
        var alerts = AlertName().Matches(await File.ReadAllTextAsync(Path.Combine(Deploy, "rules", "opshub-alerts.yml"), TestContext.Current.CancellationToken))
            .Select(m => m.Groups[1].Value).ToList();
        var tests = string.Join('\n', await Task.WhenAll(Directory.GetFiles(Path.Combine(Deploy, "tests"), "*.yml")
            .Select(f => File.ReadAllTextAsync(f, TestContext.Current.CancellationToken))));

        // An alert test that fires lists the alert's name followed by a non-empty exp_alerts list.
        var firing = FiringTest().Matches(tests).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        alerts.Count.ShouldBe(5);
        alerts.ShouldAllBe(a => firing.Contains(a), $"alert rules without a firing unit test: {string.Join(", ", alerts.Where(a => !firing.Contains(a)))}");
    }

    [GeneratedRegex(@"^\s*-\s*alert:\s*(\w+)\s*$", RegexOptions.Multiline)]
    private static partial Regex AlertName();

    [GeneratedRegex(@"alertname:\s*(\w+)\s*\n\s*exp_alerts:\s*\n\s*-\s*exp_labels:")]
    private static partial Regex FiringTest();
}
