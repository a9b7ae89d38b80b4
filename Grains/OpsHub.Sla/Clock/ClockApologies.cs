using OpsHub.Sla.Calendar;

namespace OpsHub.Sla.Clock;

/// <summary>
/// An apology slip with a new date. The legal due instant stays the yardstick for timeliness; the alerts of the
/// date in force so far are resolved or cancelled, and the new date gets its own (due today, overdue, late
/// without apology).
/// </summary>
internal static class ClockApologies
{
    public static ClockTransition Issue(DossierClock clock, DateTimeOffset issuedAt, DateTimeOffset promisedAt, WorkCalendar calendar)
    {
        if (clock.IsClosed)
        {
            return ClockTransition.Refused(clock, $"The dossier was closed at {clock.ClosedAt:O}; an apology cannot change its date.");
        }

        var last = clock.Apologies.LastOrDefault(a => a.Cycle == clock.Cycle);
        if (last is not null && last.IssuedAt == issuedAt && last.PromisedAt == promisedAt)
        {
            return ClockTransition.Unchanged(clock);
        }

        if (clock.OutOfOrder(issuedAt) is { } late)
        {
            return ClockTransition.Refused(clock, late);
        }

        if (promisedAt <= issuedAt)
        {
            return ClockTransition.Refused(clock, $"The new date {promisedAt:O} is not after the apology's issue at {issuedAt:O}.");
        }

        if (promisedAt <= clock.CurrentDueAt)
        {
            return ClockTransition.Refused(clock, $"The new date {promisedAt:O} does not postpone the date in force, {clock.CurrentDueAt:O}.");
        }

        var draft = new ClockDraft(clock);
        draft.FireDue(issuedAt);
        var target = clock.CurrentTarget;
        bool OfOldTarget(SlaThreshold t) => t.Cycle == clock.Cycle && t.Target == target && t.Subject == AlertSubject.Dossier;
        draft.Resolve(OfOldTarget, issuedAt);
        draft.Cancel(OfOldTarget, issuedAt);

        var apology = new Apology(clock.Cycle, target + 1, issuedAt, promisedAt);
        draft.Clock = clock with { PromisedAt = promisedAt, Apologies = clock.Apologies.Add(apology), LastEventAt = issuedAt };
        draft.Add(ThresholdPlanner.ForTarget(clock.Terms.Alerts, calendar, clock.Cycle, apology.Number, issuedAt, promisedAt));
        draft.FireDue(issuedAt);
        return draft.Applied();
    }
}
