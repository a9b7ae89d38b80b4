using OpsHub.Sla.Calendar;

namespace OpsHub.Sla.Clock;

/// <summary>Ending a dossier's clock for good: completion (9, 10), withdrawal (7) or a final stop (8).</summary>
internal static class ClockClosings
{
    /// <summary>The result is ready (or handed back at once): classify by date against the due date.</summary>
    public static void Complete(ClockDraft draft, DateTimeOffset at, bool returned, WorkCalendar calendar)
    {
        Finish(draft, at);
        var clock = draft.Clock;
        draft.Clock = clock with
        {
            CompletedAt = at,
            ReturnedAt = returned ? at : null,
            ClosedAt = at,
            Timing = Classify(calendar.DateOf(at), calendar.DateOf(clock.DueAt)),
        };
    }

    /// <summary>The dossier ends without a result: withdrawn, or stopped for good.</summary>
    public static void Abandon(ClockDraft draft, DateTimeOffset at, WorkCalendar calendar)
    {
        if (draft.Clock.IsPaused)
        {
            ClockPauses.End(draft, at, calendar);
        }

        Finish(draft, at);
        draft.Clock = draft.Clock with { ClosedAt = at };
    }

    /// <summary>Completion date against due date: before is early, the same day on time, after late.</summary>
    public static CompletionTiming Classify(DateOnly completed, DateOnly due) =>
        completed < due ? CompletionTiming.Early : completed == due ? CompletionTiming.OnTime : CompletionTiming.Late;

    private static void Finish(ClockDraft draft, DateTimeOffset at)
    {
        draft.EndAll(at);
        var clock = draft.Clock;
        draft.Clock = clock with { Steps = [.. clock.Steps.Select(s => s.FinishedAt is null ? s with { FinishedAt = at } : s)] };
    }
}
