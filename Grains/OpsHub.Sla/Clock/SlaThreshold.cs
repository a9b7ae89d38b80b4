namespace OpsHub.Sla.Clock;

/// <summary>
/// A point in time at which a dossier raises an alert, once per SLA cycle. A threshold that has fired is an alert;
/// its <see cref="Key"/> is stable, so storing the alert twice stores it once.
/// </summary>
/// <param name="Key">Unique within the dossier, e.g. <c>c1/t0/overdue</c> or <c>c1/step-2/THAMDINH/overdue</c>.</param>
/// <param name="Kind">What it warns of.</param>
/// <param name="Cycle">The SLA cycle it belongs to.</param>
/// <param name="Target">Which due instant it measures: 0 for the legal due instant, n for the date of the n-th apology of the cycle.</param>
/// <param name="Fraction">For <see cref="SlaAlertKind.ElapsedWarning"/>, the fraction of the allowed working time.</param>
/// <param name="StepRun">For <see cref="SlaAlertKind.StepOverdue"/>, the <see cref="Clock.StepRun.Number"/> of the step run.</param>
/// <param name="StepCode">For a step alert, the step's code.</param>
/// <param name="Owner">For a step alert, the officer or department answerable.</param>
/// <param name="At">The instant it is (or was) reached.</param>
/// <param name="State">Pending, open, resolved or cancelled.</param>
/// <param name="FiredAt">When it fired (the evaluation or event instant that found it reached).</param>
/// <param name="ResolvedAt">When it was resolved or cancelled.</param>
public sealed record SlaThreshold(
    string Key,
    SlaAlertKind Kind,
    int Cycle,
    int Target,
    decimal? Fraction,
    int? StepRun,
    string? StepCode,
    string? Owner,
    DateTimeOffset At,
    ThresholdState State,
    DateTimeOffset? FiredAt,
    DateTimeOffset? ResolvedAt)
{
    /// <summary>Whether the alert is about the dossier or one of its steps.</summary>
    public AlertSubject Subject => StepRun is null ? AlertSubject.Dossier : AlertSubject.Step;
}
