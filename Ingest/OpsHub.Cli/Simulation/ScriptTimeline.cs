using OpsHub.Ingest.Events;
using OpsHub.Sla.Calendar;

namespace OpsHub.Cli.Simulation;

/// <summary>
/// The events of one dossier as they are written: each instant is placed in working time after the last one,
/// truncated to the second, and at least one second later, so OpsHub never sees two events of a dossier at once.
/// </summary>
internal sealed class ScriptTimeline(string dossierCode, WorkCalendar calendar)
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);
    private readonly List<SimulatedEvent> _events = [];

    /// <summary>The events so far, in order.</summary>
    public IReadOnlyList<SimulatedEvent> Events => _events;

    /// <summary>The instant of the last event.</summary>
    public DateTimeOffset Last { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>Emits <paramref name="type"/> at <paramref name="at"/> (or just after the last event), shaped by <paramref name="shape"/>.</summary>
    public DateTimeOffset Emit(string type, DateTimeOffset at, Func<SimulatedEvent, SimulatedEvent>? shape = null)
    {
        var instant = Truncate(calendar.ClockStart(at));
        if (instant <= Last)
        {
            instant = Truncate(calendar.AddWorkingTime(Last, Tick));
        }

        var e = new SimulatedEvent(type, dossierCode, instant.ToOffset(HourlyProfile.VietnamOffset));
        _events.Add(shape is null ? e : shape(e));
        Last = instant;
        return instant;
    }

    /// <summary>Emits <paramref name="type"/> after <paramref name="workingTime"/> of working time from the last event.</summary>
    public DateTimeOffset After(string type, TimeSpan workingTime) =>
        Emit(type, calendar.AddWorkingTime(Last, workingTime < TimeSpan.Zero ? TimeSpan.Zero : workingTime));

    /// <summary>Reshapes the last event emitted.</summary>
    public void Shape(Func<SimulatedEvent, SimulatedEvent> shape) => _events[^1] = shape(_events[^1]);

    /// <summary>Emits a step's start after <paramref name="gap"/> and its finish after <paramref name="work"/>.</summary>
    public void Step(string stepCode, TimeSpan gap, TimeSpan work, string? officer)
    {
        After(EventTypes.DossierStepStarted, gap);
        _events[^1] = _events[^1] with { StepCode = stepCode, Officer = officer };
        After(EventTypes.DossierStepFinished, work);
        _events[^1] = _events[^1] with { StepCode = stepCode, Officer = officer };
    }

    private static DateTimeOffset Truncate(DateTimeOffset t) => new(t.Ticks - (t.Ticks % TimeSpan.TicksPerSecond), t.Offset);
}
