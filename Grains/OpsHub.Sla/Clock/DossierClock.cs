using System.Collections.Immutable;
using OpsHub.Sla.Calendar;
using OpsHub.Sla.Deadlines;
using OpsHub.Sla.Lifecycle;

namespace OpsHub.Sla.Clock;

/// <summary>
/// The SLA clock of one dossier: an immutable value a grain keeps in its state and drives with events, each
/// carrying its own instant. Every event first fires the thresholds reached by its instant, then applies, then
/// fires what it made due at once, so the alerts do not depend on how often <see cref="Evaluate"/> was called.
/// Events must come in time order; an illegal or out-of-order event is refused with a reason and changes nothing.
/// Build one with <see cref="Start"/>; change it only through its methods (the public init properties exist for
/// serializers).
/// </summary>
public sealed record DossierClock
{
    /// <summary>The rules the dossier was received under.</summary>
    public required SlaTerms Terms { get; init; }

    /// <summary>The portal status.</summary>
    public required PortalStatus Status { get; init; }

    /// <summary>When the dossier was received.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>When the clock first started: the first working instant at or after receipt.</summary>
    public required DateTimeOffset ClockStartedAt { get; init; }

    /// <summary>The due instant written on the receipt slip.</summary>
    public required DateTimeOffset InitialDueAt { get; init; }

    /// <summary>The SLA cycle, 1 at receipt; a restart after a pause begins the next.</summary>
    public required int Cycle { get; init; }

    /// <summary>When the current cycle's clock started.</summary>
    public required DateTimeOffset CycleStartedAt { get; init; }

    /// <summary>The legal due instant of the current cycle, moved by pauses in resume mode: the yardstick of timeliness.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>The date promised by the latest apology of the cycle, moved by pauses like <see cref="DueAt"/>; <c>null</c> without one.</summary>
    public DateTimeOffset? PromisedAt { get; init; }

    /// <summary>The instant of the latest event applied; later events may not be earlier.</summary>
    public required DateTimeOffset LastEventAt { get; init; }

    /// <summary>Every pause, in order; the last is open while <see cref="IsPaused"/>.</summary>
    public ImmutableArray<PauseInterval> Pauses { get; init; } = [];

    /// <summary>Every apology slip, in order.</summary>
    public ImmutableArray<Apology> Apologies { get; init; } = [];

    /// <summary>Every step run, in the order they started.</summary>
    public ImmutableArray<StepRun> Steps { get; init; } = [];

    /// <summary>Every threshold of every cycle, pending or not.</summary>
    public ImmutableArray<SlaThreshold> Thresholds { get; init; } = [];

    /// <summary>When the result was ready (9) or handed back directly (10).</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>When the result was handed back (10).</summary>
    public DateTimeOffset? ReturnedAt { get; init; }

    /// <summary>When the clock stopped for good: completion, withdrawal or a final stop.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Early, on time or late, once completed.</summary>
    public CompletionTiming? Timing { get; init; }

    /// <summary>The date that drives alerts: the latest apology's, else the legal due instant.</summary>
    public DateTimeOffset CurrentDueAt => PromisedAt ?? DueAt;

    /// <summary>Which due instant the dossier's alerts measure: 0 for the legal one, n after the n-th apology of the cycle.</summary>
    public int CurrentTarget => Apologies.Count(a => a.Cycle == Cycle);

    public bool IsClosed => ClosedAt is not null;

    public bool IsPaused => !IsClosed && Pauses.Length > 0 && Pauses[^1].EndedAt is null;

    public bool IsRunning => !IsClosed && !IsPaused;

    /// <summary>The earliest pending threshold; <c>null</c> when paused, closed, or nothing is pending.</summary>
    public DateTimeOffset? NextWakeUp => IsRunning
        ? Thresholds.Where(t => t.State == ThresholdState.Pending).Select(t => (DateTimeOffset?)t.At).Min()
        : null;

    /// <summary>
    /// Starts the clock of a dossier received at <paramref name="receivedAt"/> (status 2). Nothing fires here: for a
    /// receipt that reaches the grain late, call <see cref="Evaluate"/> with the current time right after.
    /// </summary>
    public static DossierClock Start(SlaTerms terms, DateTimeOffset receivedAt, WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(calendar);
        var start = calendar.ClockStart(receivedAt);
        var due = new DeadlineCalculator(calendar).DueAt(receivedAt, terms.ProcessingTime, terms.SameDayCutoff);
        return new DossierClock
        {
            Terms = terms,
            Status = PortalStatus.Received,
            ReceivedAt = receivedAt,
            ClockStartedAt = start,
            InitialDueAt = due,
            Cycle = 1,
            CycleStartedAt = start,
            DueAt = due,
            LastEventAt = receivedAt,
            Thresholds = [.. ThresholdPlanner.ForCycle(terms.Alerts, calendar, 1, start, due)],
        };
    }

    /// <summary>
    /// Applies a portal status change: 5, 6 and 8 pause the clock, 4 after a pause resumes or restarts it, 7 closes
    /// it, 9 and 10 complete it. Same status: unchanged; illegal change: refused.
    /// </summary>
    public ClockTransition MoveTo(PortalStatus status, DateTimeOffset at, WorkCalendar calendar) =>
        ClockStatusChanges.MoveTo(this, status, at, Require(calendar));

    /// <summary>Closes a stopped dossier (8) for good, without a result.</summary>
    public ClockTransition Close(DateTimeOffset at, WorkCalendar calendar) => ClockStatusChanges.Close(this, at, Require(calendar));

    /// <summary>Records an apology slip issued at <paramref name="issuedAt"/> promising <paramref name="promisedAt"/>.</summary>
    public ClockTransition IssueApology(DateTimeOffset issuedAt, DateTimeOffset promisedAt, WorkCalendar calendar) =>
        ClockApologies.Issue(this, issuedAt, promisedAt, Require(calendar));

    /// <summary>Starts a run of the internal step <paramref name="stepCode"/>, owned by its department or <paramref name="officer"/>.</summary>
    public ClockTransition StartStep(string stepCode, DateTimeOffset at, string? officer, WorkCalendar calendar) =>
        ClockSteps.Start(this, stepCode, at, officer, Require(calendar));

    /// <summary>Finishes the running step <paramref name="stepCode"/>; its alert resolves.</summary>
    public ClockTransition FinishStep(string stepCode, DateTimeOffset at) => ClockSteps.Finish(this, stepCode, at);

    /// <summary>Fires every threshold reached by <paramref name="now"/>; nothing fires while paused or closed.</summary>
    public ClockTransition Evaluate(DateTimeOffset now)
    {
        if (NextWakeUp is not { } next || next > now)
        {
            return ClockTransition.Unchanged(this);
        }

        var draft = new ClockDraft(this);
        draft.FireDue(now);
        return draft.RaisedAny ? draft.Applied() : ClockTransition.Unchanged(this);
    }

    /// <summary>Whether the dossier is in work with its legal due instant reached by <paramref name="now"/>.</summary>
    public bool IsOverdueAt(DateTimeOffset now) => IsRunning && now >= DueAt;

    /// <summary>The whole story of the clock, for people.</summary>
    public SlaTimeline Timeline() => TimelineBuilder.Build(this);

    internal string? OutOfOrder(DateTimeOffset at) => at < LastEventAt
        ? $"The event at {at:O} is earlier than the last event applied, at {LastEventAt:O}; events must come in time order."
        : null;

    private static WorkCalendar Require(WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar;
    }
}
