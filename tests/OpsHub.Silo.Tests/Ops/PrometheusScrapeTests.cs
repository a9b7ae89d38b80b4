using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpsHub.Silo.Tests.Infrastructure;

namespace OpsHub.Silo.Tests.Ops;

/// <summary>
/// A real Prometheus scraping a running silo: OpsHub's figures come back through its query API, and every query of
/// the Grafana dashboards in <c>deploy/grafana</c> parses and reads only series OpsHub exports or records.
/// </summary>
public sealed partial class PrometheusScrapeTests(ScrapedOpsHub ops) : IClassFixture<ScrapedOpsHub>
{
    // Series Prometheus makes itself: scrape health and the alerts it evaluates.
    private static readonly string[] PrometheusOwn = ["up", "ALERTS", "ALERTS_FOR_STATE"];

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring", "group_left", "group_right", "inf", "nan",
    };

    [Fact]
    public async Task OpsHubCountersAreReadBackThroughPrometheusWhenItScrapesARunningSilo()
    {
        var completed = await ops.Prometheus.QueryAsync("sum(opshub_sla_completed_total{unit=\"LD-ANNGAI\",timeliness=\"early\"})");
        var raised = await ops.Prometheus.QueryAsync("sum(opshub_alerts_raised_total{unit=\"LD-ANNGAI\",kind=\"dossier_overdue\"})");
        var up = await ops.Prometheus.QueryAsync("up{job=\"opshub\"}");

        ScrapedOpsHub.Value(completed.EnumerateArray().Single()).ShouldBeGreaterThanOrEqualTo(1);
        ScrapedOpsHub.Value(raised.EnumerateArray().Single()).ShouldBeGreaterThanOrEqualTo(1);
        ScrapedOpsHub.Value(up.EnumerateArray().Single()).ShouldBe(1);
    }

    [Fact]
    public async Task EveryGrafanaQueryParsesWhenSentToPrometheus()
    {
        var queries = GrafanaQueries().ToList();
        var errors = new List<string>();
        foreach (var (dashboard, expr) in queries)
        {
            if (await ops.Prometheus.ParseErrorAsync(WithGrafanaVariables(expr)) is { } error)
            {
                errors.Add($"{dashboard}: {expr} -> {error}");
            }
        }

        queries.Count.ShouldBeGreaterThan(30);
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task GrafanaQueriesReadOnlyMetricsOpsHubExportsOrRecordsWhenScraped()
    {
        var exported = await ExportedNamesAsync();
        var unknown = GrafanaQueries()
            .SelectMany(q => MetricNames(WithGrafanaVariables(q.Expr)).Select(name => (q.Dashboard, Name: name)))
            .Concat(GrafanaVariableMetrics())
            .Where(u => !exported.Contains(u.Name))
            .Select(u => $"{u.Dashboard}: {u.Name}")
            .Distinct()
            .ToList();

        exported.ShouldContain("opshub:sla_on_time_ratio:increase1d");
        exported.ShouldContain("opshub_queue_wait_seconds_bucket");
        unknown.ShouldBeEmpty();
    }

    private async Task<HashSet<string>> ExportedNamesAsync()
    {
        var names = await ops.Prometheus.Client.GetFromJsonAsync<JsonElement>("api/v1/label/__name__/values", TestContext.Current.CancellationToken);
        var rules = await ops.Prometheus.Client.GetFromJsonAsync<JsonElement>("api/v1/rules?type=record", TestContext.Current.CancellationToken);
        var recorded = rules.GetProperty("data").GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("rules").EnumerateArray())
            .Select(r => r.GetProperty("name").GetString()!);
        return [.. names.GetProperty("data").EnumerateArray().Select(n => n.GetString()!), .. recorded, .. PrometheusOwn];
    }

    private static IEnumerable<(string Dashboard, string Expr)> GrafanaQueries() =>
        Dashboards().SelectMany(d => Exprs(d.Json).Select(expr => (d.Name, expr)));

    // Template variables read label_values(metric, label), Grafana's own syntax rather than PromQL.
    private static IEnumerable<(string Dashboard, string Name)> GrafanaVariableMetrics() =>
        Dashboards().SelectMany(d => d.Json.GetProperty("templating").GetProperty("list").EnumerateArray()
            .Select(v => LabelValues().Match(v.GetProperty("definition").GetString() ?? ""))
            .Where(m => m.Success)
            .Select(m => (d.Name, m.Groups[1].Value)));

    private static IEnumerable<(string Name, JsonElement Json)> Dashboards()
    {
        var folder = Path.Combine(SiloProcess.RepositoryRoot(), "deploy", "grafana", "dashboards");
        var files = Directory.GetFiles(folder, "*.json");
        files.Length.ShouldBe(5);
        return files.Select(f => (Path.GetFileName(f), JsonDocument.Parse(File.ReadAllText(f)).RootElement));
    }

    private static IEnumerable<string> Exprs(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Name == "expr" && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!] : Exprs(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Exprs),
        _ => [],
    };

    // Grafana fills in its interval variables before a query reaches Prometheus.
    private static string WithGrafanaVariables(string expr) =>
        expr.Replace("$__rate_interval", "5m", StringComparison.Ordinal)
            .Replace("$__interval", "1m", StringComparison.Ordinal)
            .Replace("$__range", "6h", StringComparison.Ordinal);

    /// <summary>
    /// The metric names a query selects: what is left after dropping strings, label matchers, ranges and grouping
    /// labels, that is not a function (followed by a parenthesis) or a keyword.
    /// </summary>
    private static IEnumerable<string> MetricNames(string expr)
    {
        var bare = Grouping().Replace(Brackets().Replace(Braces().Replace(Strings().Replace(expr, "\"\""), "{}"), ""), " ");
        return Identifiers().Matches(bare).Select(m => m.Value).Where(name => !Keywords.Contains(name.ToLowerInvariant()));
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex Strings();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Braces();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")]
    private static partial Regex Grouping();

    [GeneratedRegex(@"(?<![\w.])[A-Za-z_:][A-Za-z0-9_:]*(?!\s*\()(?![\w:])")]
    private static partial Regex Identifiers();

    [GeneratedRegex(@"label_values\(\s*([A-Za-z_:][A-Za-z0-9_:]*)")]
    private static partial Regex LabelValues();
}
