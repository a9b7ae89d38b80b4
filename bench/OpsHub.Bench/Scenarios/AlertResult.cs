namespace OpsHub.Bench.Scenarios;

/// <summary>
/// The open-dossier scenario: how fast N receipts were applied end to end, silo memory before and after holding them,
/// and overdue-alert lateness (raised minus due) in milliseconds.
/// </summary>
internal sealed record AlertResult(
    int Dossiers,
    double AppliedPerSecond,
    int AppliedBeforeDue,
    double RssBeforeMiB,
    double RssAfterMiB,
    double HeapBeforeMiB,
    double HeapAfterMiB,
    long ActivationsAfter,
    int Alerts,
    double P50,
    double P95,
    double P99,
    double Max)
{
    public double MiBPer100k => (RssAfterMiB - RssBeforeMiB) / Dossiers * 100_000;

    public double HeapMiBPer100k => (HeapAfterMiB - HeapBeforeMiB) / Dossiers * 100_000;

    /// <summary>The silo's memory with a million dossiers activated at once, extrapolated linearly from the measured slope.</summary>
    public double MiBAtMillion => RssBeforeMiB + MiBPer100k * 10;

}
