using OpsHub.Bench.Ceiling;
using OpsHub.Bench.Scenarios;

namespace OpsHub.Bench.Reporting;

/// <summary>Everything one run measured.</summary>
internal sealed record BenchResults(
    BenchOptions Options,
    CeilingResult Ceiling,
    FreshnessResult Freshness,
    AlertResult Alerts,
    RestartResult Restart,
    IngestResult Paced,
    IngestResult Ingest,
    IngestResult JournalOnly);
