using OpsHub.Cli.Simulation;
using OpsHub.Ingest.Events;
using OpsHub.Sla.Calendar;
using OpsHub.Sla.Deadlines;
using OpsHub.Sla.Kpis;
using OpsHub.Sla.Procedures;

namespace OpsHub.Cli.Tests.Forecast;

/// <summary>
/// One simulated dossier read back from its events only, the way OpsHub sees it: what is known of it at an instant,
/// the steps it finished, and (for scoring, later) whether it was completed after its due date.
/// </summary>
internal sealed class ReplayedDossier
{
    private const string SupplementRequested = "dossier.supplement-requested";
    private const string SupplementReceived = "dossier.supplement-received";
    private const string Completed = "dossier.completed";

    private readonly DateTimeOffset _originalDue;
    private readonly DateTimeOffset _finalDue;
    private readonly (DateTimeOffset From, DateTimeOffset To)? _pause;
    private readonly List<(string Step, DateTimeOffset Finished)> _finished = [];
    private readonly WorkCalendar _calendar;

    public ReplayedDossier(DossierStory story, Procedure procedure, WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(procedure);
        var events = story.Events;
        _calendar = calendar;
        Code = events[0].DossierCode!;
        UnitCode = events[0].UnitCode!;
        Procedure = procedure;
        ReceivedAt = events[0].OccurredAt;
        CompletedAt = events.Single(e => e.Type == Completed).OccurredAt;
        var requested = events.FirstOrDefault(e => e.Type == SupplementRequested)?.OccurredAt;
        var received = events.FirstOrDefault(e => e.Type == SupplementReceived)?.OccurredAt;
        _pause = requested is { } a && received is { } b ? (a, b) : null;
        _originalDue = new DeadlineCalculator(calendar).DueAt(ReceivedAt, procedure.ProcessingTimeFor((SubmissionChannel)events[0].Channel!.Value), procedure.SameDayCutoff);

        // What OpsHub computes once the pause is over; the simulator's story agrees, so it is the yardstick.
        _finalDue = story.DueAt;
        _finished.AddRange(events.Where(e => e.Type == EventTypes.DossierStepFinished).Select(e => (e.StepCode!, e.OccurredAt)));
        IsLate = calendar.DateOf(CompletedAt) > calendar.DateOf(_finalDue);
    }

    public string Code { get; }

    public string UnitCode { get; }

    public Procedure Procedure { get; }

    public DateTimeOffset ReceivedAt { get; }

    public DateTimeOffset CompletedAt { get; }

    /// <summary>The truth, known only later: completed on a date after its due date.</summary>
    public bool IsLate { get; }

    public bool IsOpenAt(DateTimeOffset at) => ReceivedAt <= at && at < CompletedAt;

    /// <summary>The due instant known at <paramref name="at"/>: the original until a pause ends, then the moved one.</summary>
    public DateTimeOffset DueAt(DateTimeOffset at) => _pause is { } p && at < p.To ? _originalDue : _finalDue;

    /// <summary>What the forecast sees at <paramref name="at"/>.</summary>
    public ForecastDossier At(DateTimeOffset at)
    {
        var done = _finished.Where(f => f.Finished <= at).ToList();
        var step = done.Count < Procedure.Steps.Length ? Procedure.Steps[done.Count].Code : null;
        var entered = done.Count > 0 ? done[^1].Finished : ReceivedAt;
        var paused = _pause is { } p && p.From <= at && at < p.To;
        return new ForecastDossier(Code, Procedure.Code, ReceivedAt, DueAt(at), step, entered, paused);
    }

    /// <summary>The steps finished, from when the dossier became ready for each; a step that spans the pause is left out.</summary>
    public IEnumerable<StepSample> Samples()
    {
        var entered = ReceivedAt;
        foreach (var (step, finished) in _finished)
        {
            if (_pause is not { } p || p.To <= entered || p.From >= finished)
            {
                yield return new StepSample(Procedure.Code, step, entered, finished, _calendar.WorkingTimeBetween(ReceivedAt, _originalDue));
            }

            entered = finished;
        }
    }
}
