namespace OpsHub.Sla.Kpis;

/// <summary>A sub-indicator a 766 column is built from: a share in [0, 1] derived from <see cref="KpiCounts"/>.</summary>
public enum Score766Indicator
{
    /// <summary>Publicity and transparency of the procedures: not observable from dossier events, always not measured.</summary>
    Publicity,

    /// <summary>(in progress within deadline + done early or on time + withdrawn) ÷ received, the published vendor formula.</summary>
    Progress,

    /// <summary>(done early + on time) ÷ done.</summary>
    OnTimeRate,

    /// <summary>Received online ÷ received.</summary>
    OnlineShare,

    /// <summary>Received fully online ÷ received.</summary>
    FullOnlineShare,

    /// <summary>Paid online ÷ fee-bearing.</summary>
    PaidOnlineShare,

    /// <summary>(very satisfied + satisfied) ÷ ratings.</summary>
    SatisfactionRate,

    /// <summary>Digitised at intake ÷ received.</summary>
    DigitisedShare,

    /// <summary>Electronic results ÷ done.</summary>
    ElectronicResultShare,
}
