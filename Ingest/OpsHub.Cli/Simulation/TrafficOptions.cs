namespace OpsHub.Cli.Simulation;

/// <summary>The shape of simulated traffic. The defaults follow what the seeds and the portal report.</summary>
internal sealed record TrafficOptions
{
    /// <summary>The defaults.</summary>
    public static TrafficOptions Default { get; } = new();

    /// <summary>Share lodged online when the unit does not say. Default 0.75 (seen: 60–90%).</summary>
    public double OnlineShare { get; init; } = 0.75;

    /// <summary>Share that get a supplement request (yêu cầu bổ sung). Default 0.07.</summary>
    public double SupplementShare { get; init; } = 0.07;

    /// <summary>Share completed after their due date. Default 0.02 (seen: 97–99.9% on time).</summary>
    public double LateShare { get; init; } = 0.02;

    /// <summary>Day-to-day variation of a unit's volume, as a share of its daily volume. Default 0.15.</summary>
    public double VolumeJitter { get; init; } = 0.15;

    /// <summary>Shortest supplement pause (applicant away), in working time. Default 1 hour.</summary>
    public TimeSpan MinSupplementPause { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Longest supplement pause, in working time. Default 3 working days.</summary>
    public TimeSpan MaxSupplementPause { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Share of dossiers rated after being handed back. Default 0.35.</summary>
    public double RatedShare { get; init; } = 0.35;

    /// <summary>Tickets for questions and collecting results, per in-person dossier ticket. Default 0.4.</summary>
    public double ExtraTicketShare { get; init; } = 0.4;

    /// <summary>Share of tickets with a priority category (elderly, disabled, pregnant). Default 0.07.</summary>
    public double PriorityShare { get; init; } = 0.07;

    /// <summary>Share of question tickets whose holder is gone when called: about 4% of all tickets. Default 0.14.</summary>
    public double NoShowShare { get; init; } = 0.14;

    /// <summary>Share of question tickets sent on to another counter. Default 0.05.</summary>
    public double TransferShare { get; init; } = 0.05;
}
