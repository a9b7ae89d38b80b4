using System.Globalization;
using System.Text;

namespace OpsHub.Bench.Reporting;

/// <summary>The one results table the program prints (Markdown, so BENCHMARKS.md holds it verbatim).</summary>
internal static class ResultTable
{
    public static string Render(BenchResults r)
    {
        var ceiling = r.Ceiling.CallsPerSecond;
        var rows = new List<ResultRow>
        {
            new("Raw Orleans grain calls (echo grain, in-process silo)", $"{N(ceiling)} calls/s", "ceiling", "-", "100%"),
            new($"Durable ingest, closed loop ({r.Options.IngestClients} clients x {r.Options.IngestBatch} events/request)", $"{N(r.Ingest.EventsPerSecond)} events/s", ">= 50,000/s",
                Met(r.Ingest.EventsPerSecond >= 50_000), Ratio(r.Ingest.EventsPerSecond, ceiling)),
            new("  the same against the grain-call rate of this run", Ratio(r.Ingest.EventsPerSecond, ceiling), ">= 20% of ceiling",
                Met(r.Ingest.EventsPerSecond >= 0.2 * ceiling), Ratio(r.Ingest.EventsPerSecond, ceiling)),
            new("  its acknowledgement latency per request (p50 / p99)", $"{Ms(r.Ingest.P50)} / {Ms(r.Ingest.P99)} ms", "-", "-", "-"),
            new("  the same with the applier off (journal door alone; diagnostic)", $"{N(r.JournalOnly.EventsPerSecond)} events/s, p50 {Ms(r.JournalOnly.P50)} / p99 {Ms(r.JournalOnly.P99)} ms", "-", "-", Ratio(r.JournalOnly.EventsPerSecond, ceiling)),
            new($"Acknowledgement at {N(r.Options.PacedRate)} events/s, open loop ({r.Options.PacedBatch}/request)", $"p50 {Ms(r.Paced.P50)}, p95 {Ms(r.Paced.P95)}, p99 {Ms(r.Paced.P99)} ms ({N(r.Paced.EventsPerSecond)} events/s acked){LeadIn(r)}", "p99 < 100 ms",
                Met(r.Paced.P99 < 100 && r.Paced.Failed == 0), "-"),
            new($"Applied end to end (journal -> dossier grain -> PostgreSQL), {N(r.Alerts.OpenDossiers)} receipts", $"{N(r.Alerts.AppliedPerSecond)} dossiers/s", "-", "-", Ratio(r.Alerts.AppliedPerSecond, ceiling)),
            new($"Overdue alert lateness, {N(r.Alerts.OpenDossiers)} open dossiers, {N(r.Alerts.Dossiers)} of them due within {r.Options.AlertSpread.TotalSeconds:N0} s", $"p50 {Ms(r.Alerts.P50)}, p95 {Ms(r.Alerts.P95)}, p99 {Ms(r.Alerts.P99)}, max {Ms(r.Alerts.Max)} ms ({N(r.Alerts.Alerts)} alerts; {N(r.Alerts.AppliedBeforeDue)} applied before due)", "p99 < 1 s",
                Met(r.Alerts.P99 < 1_000 && r.Alerts.Alerts == r.Alerts.Dossiers), "-"),
            new("Event-to-browser freshness (SignalR unitChanged)", $"p50 {Ms(r.Freshness.P50)}, p95 {Ms(r.Freshness.P95)} ms ({r.Freshness.Seen}/{r.Freshness.Events} seen)", "p95 < 1.5 s",
                Met(r.Freshness.P95 < 1_500 && r.Freshness.Seen == r.Freshness.Events), "-"),
            new($"Silo memory at rest, {N(r.Alerts.OpenDossiers)} open dossiers stored (20 s after ready: restarted silo RSS {N(r.Restart.RssAtRestMiB)} MiB, heap {N(r.Restart.HeapAtRestMiB)} MiB, {N(r.Restart.ActivationsAtRest)} activations; fresh silo with none {N(r.FreshSiloRssMiB)} MiB)",
                $"RSS {N(Math.Max(0, r.RestMiBPer100k))} MiB per 100,000; {N(r.RestMiBAtMillion)} MiB RSS at 1,000,000{(r.Alerts.OpenDossiers < 1_000_000 ? " (extrapolated)" : "")}", "<= 2,048 MiB at 1,000,000",
                Met(r.RestMiBAtMillion <= 2_048), "-"),
            new($"  while applying, per dossier activation (right after the apply: RSS {N(r.Alerts.RssBeforeMiB)} -> {N(r.Alerts.RssAfterMiB)} MiB, heap {N(r.Alerts.HeapBeforeMiB)} -> {N(r.Alerts.HeapAfterMiB)} MiB, {N(r.Alerts.ActivationsBefore)} -> {N(r.Alerts.ActivationsAfter)} activations; diagnostic)",
                $"RSS {N(r.Alerts.MiBPer100k)} MiB per 100,000 activated (heap {N(r.Alerts.HeapMiBPer100k)}); {N(r.Alerts.MiBAtMillion)} MiB at 1,000,000 activated at once (extrapolated)", "-", "-", "-"),
            new($"Restart to serving (SIGKILL, {N(r.Restart.OpenDossiers)} dossiers stored)", $"ready {r.Restart.ReadySeconds.ToString("N1", CultureInfo.InvariantCulture)} s, dossier read {r.Restart.ServingSeconds.ToString("N1", CultureInfo.InvariantCulture)} s", "< 30 s",
                Met(r.Restart.ServingSeconds < 30), "-"),
        };

        static string LeadIn(BenchResults r) => r.Options.PacedLeadIn > TimeSpan.Zero
            ? $"; its {r.Options.PacedLeadIn.TotalSeconds:N0} s lead-in at the same rate, right after the restart, not counted: p50 {Ms(r.Paced.LeadIn.P50)}, p99 {Ms(r.Paced.LeadIn.P99)}, max {Ms(r.Paced.LeadIn.Max)} ms"
            : "";

        var text = new StringBuilder();
        text.AppendLine("| Scenario | Result | Target | Met | Ratio to ceiling |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var row in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Scenario} | {row.Result} | {row.Target} | {row.Met} | {row.RatioToCeiling} |");
        }

        return text.ToString();
    }

    private static string N(double value) => double.IsNaN(value) ? "n/a" : value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ms(double value) => double.IsNaN(value) ? "n/a" : value.ToString(value < 100 ? "N1" : "N0", CultureInfo.InvariantCulture);

    private static string Met(bool met) => met ? "yes" : "NO";

    private static string Ratio(double value, double ceiling) => (value / ceiling).ToString("P1", CultureInfo.InvariantCulture);
}
