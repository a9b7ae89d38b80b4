namespace OpsHub.Grains.Abstractions.Dossiers;

/// <summary>Dossier status codes as synchronised with the National Public Service Portal (TrangThaiHoSo).</summary>
[GenerateSerializer, Alias("opshub.dossier-status")]
public enum DossierStatus
{
    /// <summary>1: newly registered online, not yet accepted.</summary>
    Registered = 1,

    /// <summary>2: received (tiếp nhận).</summary>
    Received = 2,

    /// <summary>3: refused at intake.</summary>
    RefusedAtIntake = 3,

    /// <summary>4: in processing.</summary>
    InProcessing = 4,

    /// <summary>5: supplement requested; the clock is paused.</summary>
    SupplementRequested = 5,

    /// <summary>6: waiting for a financial obligation to be paid; the clock is paused.</summary>
    AwaitingPayment = 6,

    /// <summary>7: withdrawn by the applicant.</summary>
    Withdrawn = 7,

    /// <summary>8: processing stopped.</summary>
    Stopped = 8,

    /// <summary>9: decided, result ready.</summary>
    ResultReady = 9,

    /// <summary>10: result handed back (đã trả kết quả).</summary>
    Returned = 10,
}
