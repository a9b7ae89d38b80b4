namespace OpsHub.Sla.Clock;

/// <summary>Where a threshold stands.</summary>
public enum ThresholdState
{
    /// <summary>Not reached yet.</summary>
    Pending = 1,

    /// <summary>Reached: its alert is raised and not resolved.</summary>
    Open = 2,

    /// <summary>Reached, then resolved because the dossier moved on.</summary>
    Resolved = 3,

    /// <summary>Never reached: the dossier moved on first (completed, new date, new cycle, step finished).</summary>
    Cancelled = 4,
}
