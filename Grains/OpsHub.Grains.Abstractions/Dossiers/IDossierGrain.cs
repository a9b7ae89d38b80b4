using OpsHub.Grains.Abstractions.Dossiers.Timeline;

namespace OpsHub.Grains.Abstractions.Dossiers;

/// <summary>
/// One administrative-procedure dossier (hồ sơ), keyed by its code: its SLA clock, due instants, steps and alerts.
/// Events must come in time order; an illegal or out-of-order event is refused with a reason, recorded, and
/// changes nothing.
/// </summary>
[Alias("opshub.dossier")]
public interface IDossierGrain : IGrainWithStringKey
{
    /// <summary>Records the receipt (tiếp nhận) and starts the SLA clock. Repeating the same receipt is a no-op.</summary>
    [Alias("receive")]
    Task<EventOutcome> ReceiveAsync(DossierReceipt receipt);

    /// <summary>Moves the dossier to a new portal status (pauses, resumption, completion, withdrawal, ...).</summary>
    [Alias("status")]
    Task<EventOutcome> ChangeStatusAsync(DossierStatusChange change);

    /// <summary>Records an apology slip; its new date drives further alerts, the original stays the yardstick.</summary>
    [Alias("apology")]
    Task<EventOutcome> IssueApologyAsync(DossierApology apology);

    /// <summary>An internal step started; its deadline is its start plus its budget in working time.</summary>
    [Alias("step-start")]
    Task<EventOutcome> StartStepAsync(DossierStepChange step);

    /// <summary>An internal step finished.</summary>
    [Alias("step-finish")]
    Task<EventOutcome> FinishStepAsync(DossierStepChange step);

    /// <summary>Records the applicant's rating (the latest counts); waits for the receipt like any event.</summary>
    [Alias("rate")]
    Task<EventOutcome> RateAsync(DossierRating rating);

    /// <summary>The dossier as it stands, or <c>null</c> before its receipt.</summary>
    [Alias("get")]
    Task<DossierSnapshot?> GetAsync();

    /// <summary>The SLA timeline: clock segments, pauses, due instants, thresholds, steps; <c>null</c> without a receipt.</summary>
    [Alias("timeline")]
    Task<DossierTimeline?> GetTimelineAsync();

    /// <summary>
    /// Called by the deadline scheduler at (or after) a wake-up instant the dossier asked for: raises whatever
    /// alerts are due now. Safe to call at any time and any number of times.
    /// </summary>
    [Alias("wake")]
    Task WakeAsync();
}
