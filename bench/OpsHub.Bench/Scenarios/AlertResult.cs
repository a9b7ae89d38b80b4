namespace OpsHub.Bench.Scenarios;

/// <summary>
/// The open-dossier scenario: how fast the receipts were applied end to end, silo memory before and after applying
/// them, and overdue-alert lateness (raised minus due) in milliseconds.
/// </summary>
internal sealed record AlertResult(
    int Dossiers,
    int OpenDossiers,
    double AppliedPerSecond,
    int AppliedBeforeDue,
    double RssBeforeMiB,
    double RssAfterMiB,
    double HeapBeforeMiB,
    double HeapAfterMiB,
    long ActivationsBefore,
    long ActivationsAfter,
    int Alerts,
    double P50,
    double P95,
    double P99,
    double Max)
{
    /// <summary>Dossier activations the apply left in memory (idle ones leave after two minutes, so fewer than applied).</summary>
    public long Activated => Math.Max(1, ActivationsAfter - ActivationsBefore);

    public double MiBPer100k => (RssAfterMiB - RssBeforeMiB) / Activated * 100_000;

    public double HeapMiBPer100k => (HeapAfterMiB - HeapBeforeMiB) / Activated * 100_000;

    /// <summary>The silo's memory with a million dossiers activated at once, extrapolated linearly from the measured slope.</summary>
    public double MiBAtMillion => RssBeforeMiB + MiBPer100k * 10;
}
