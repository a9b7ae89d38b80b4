namespace OpsHub.Sla.Clock;

/// <summary>A completed dossier's timeliness: its completion date against its due date, in the unit's time zone.</summary>
public enum CompletionTiming
{
    /// <summary>Completed before the due date (trước hạn).</summary>
    Early = 1,

    /// <summary>Completed on the due date (đúng hạn).</summary>
    OnTime = 2,

    /// <summary>Completed after the due date (quá hạn).</summary>
    Late = 3,
}
