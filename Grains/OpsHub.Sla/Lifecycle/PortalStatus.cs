namespace OpsHub.Sla.Lifecycle;

/// <summary>
/// Dossier status codes as synchronised with the National Public Service Portal (TrangThaiHoSo). The values match
/// the contracts' <c>DossierStatus</c>, so a grain converts between them with a cast.
/// </summary>
public enum PortalStatus
{
    /// <summary>1: newly registered online, not yet accepted.</summary>
    Registered = 1,

    /// <summary>2: received (tiếp nhận); the SLA clock starts.</summary>
    Received = 2,

    /// <summary>3: refused at intake; closed, never counted as received.</summary>
    RefusedAtIntake = 3,

    /// <summary>4: in processing.</summary>
    InProcessing = 4,

    /// <summary>5: supplement requested (yêu cầu bổ sung); the clock is paused.</summary>
    SupplementRequested = 5,

    /// <summary>6: waiting for the applicant to pay a financial obligation; the clock is paused.</summary>
    AwaitingPayment = 6,

    /// <summary>7: withdrawn by the applicant; closed.</summary>
    Withdrawn = 7,

    /// <summary>8: processing stopped; the clock is paused until processing resumes or the dossier is closed.</summary>
    Stopped = 8,

    /// <summary>9: decided, result ready; done for timeliness.</summary>
    ResultReady = 9,

    /// <summary>10: result handed back (đã trả kết quả).</summary>
    Returned = 10,
}
