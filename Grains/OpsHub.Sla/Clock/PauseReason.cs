namespace OpsHub.Sla.Clock;

/// <summary>Why a dossier's clock is paused.</summary>
public enum PauseReason
{
    /// <summary>Status 5: a supplement was requested from the applicant.</summary>
    Supplement = 1,

    /// <summary>Status 6: a financial obligation must be paid.</summary>
    Payment = 2,

    /// <summary>Status 8: processing was stopped.</summary>
    Stopped = 3,
}
