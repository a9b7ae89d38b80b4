namespace OpsHub.Grains.Abstractions.Alerts;

/// <summary>What an alert is about.</summary>
[GenerateSerializer, Alias("opshub.alert-kind")]
public enum AlertKind
{
    /// <summary>A dossier in progress passed its due instant.</summary>
    DossierOverdue = 1,

    /// <summary>A configured share (50%, 75%, ...) of a dossier's allowed working time has elapsed.</summary>
    ElapsedWarning = 2,

    /// <summary>A dossier's due date has come (at the opening of that day).</summary>
    DueToday = 3,

    /// <summary>A dossier passed its due instant and no apology slip was issued.</summary>
    LateWithoutApology = 4,

    /// <summary>An internal processing step passed its deadline.</summary>
    StepOverdue = 5,

    /// <summary>A queue ticket has waited past its field's warning threshold (default 15 minutes).</summary>
    WaitingWarning = 6,

    /// <summary>A queue ticket has waited past its field's critical threshold (default 30 minutes).</summary>
    WaitingCritical = 7,

    /// <summary>A counter closed while people wait for it, or for a field no open counter serves.</summary>
    CounterClosedWithQueue = 8,
}
