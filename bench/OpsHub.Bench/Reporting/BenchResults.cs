using OpsHub.Bench.Ceiling;
using OpsHub.Bench.Scenarios;

namespace OpsHub.Bench.Reporting;

/// <summary>Everything one run measured.</summary>
internal sealed record BenchResults(
    BenchOptions Options,
    double FreshSiloRssMiB,
    CeilingResult Ceiling,
    FreshnessResult Freshness,
    AlertResult Alerts,
    RestartResult Restart,
    IngestResult Paced,
    IngestResult Ingest,
    IngestResult JournalOnly)
{
    /// <summary>
    /// Resident memory per 100,000 open dossiers at rest: the restarted silo with the dossiers stored against the fresh
    /// silo with none, each measured the same time after it became ready. The table prints a negative one (the restarted
    /// silo smaller than the fresh one, both in the cell) as 0, as <see cref="RestMiBAtMillion"/> counts it.
    /// </summary>
    public double RestMiBPer100k => (Restart.RssAtRestMiB - FreshSiloRssMiB) / Alerts.OpenDossiers * 100_000;

    /// <summary>The same, extrapolated linearly to a million open dossiers (a negative slope counts as none).</summary>
    public double RestMiBAtMillion => FreshSiloRssMiB + Math.Max(0, RestMiBPer100k) * 10;
}
