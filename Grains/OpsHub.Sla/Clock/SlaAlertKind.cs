namespace OpsHub.Sla.Clock;

/// <summary>The kinds of SLA alert a dossier raises.</summary>
public enum SlaAlertKind
{
    /// <summary>A configured fraction of the allowed working time has elapsed.</summary>
    ElapsedWarning = 1,

    /// <summary>The due date has come: fires at the opening of the due day.</summary>
    DueToday = 2,

    /// <summary>The due instant passed and the dossier is not done.</summary>
    Overdue = 3,

    /// <summary>The due instant passed (plus the configured grace) and no apology slip was issued.</summary>
    LateWithoutApology = 4,

    /// <summary>An internal step passed its deadline.</summary>
    StepOverdue = 5,
}
