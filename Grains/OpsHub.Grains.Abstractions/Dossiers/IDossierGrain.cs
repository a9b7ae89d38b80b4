namespace OpsHub.Grains.Abstractions.Dossiers;

/// <summary>
/// One administrative-procedure dossier (hồ sơ), keyed by its code: its SLA clock, due instant and alerts.
/// </summary>
[Alias("opshub.dossier")]
public interface IDossierGrain : IGrainWithStringKey
{
    /// <summary>Records the receipt (tiếp nhận) and starts the SLA clock. Repeating the same receipt is a no-op.</summary>
    [Alias("receive")]
    Task<EventOutcome> ReceiveAsync(DossierReceipt receipt);

    /// <summary>Closes the dossier: its result is ready or handed back. Repeating it is a no-op.</summary>
    [Alias("complete")]
    Task<EventOutcome> CompleteAsync(DossierCompletion completion);

    /// <summary>The dossier as it stands, or <c>null</c> when no receipt was recorded.</summary>
    [Alias("get")]
    Task<DossierSnapshot?> GetAsync();

    /// <summary>
    /// Called by the deadline scheduler at (or after) a wake-up instant the dossier asked for: raises whatever
    /// alerts are due now. Safe to call at any time and any number of times.
    /// </summary>
    [Alias("wake")]
    Task WakeAsync();
}
