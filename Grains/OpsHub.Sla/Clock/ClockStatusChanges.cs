using OpsHub.Sla.Calendar;
using OpsHub.Sla.Lifecycle;

namespace OpsHub.Sla.Clock;

/// <summary>What each legal status change does to the clock.</summary>
internal static class ClockStatusChanges
{
    public static ClockTransition MoveTo(DossierClock clock, PortalStatus to, DateTimeOffset at, WorkCalendar calendar)
    {
        if (to == clock.Status)
        {
            return ClockTransition.Unchanged(clock);
        }

        if (clock.ClosedAt is { } closedAt && !(clock.Status == PortalStatus.ResultReady && to == PortalStatus.Returned))
        {
            return ClockTransition.Refused(clock, $"The dossier was closed at {closedAt:O} in status {DossierLifecycle.Describe(clock.Status)}; it cannot become {DossierLifecycle.Describe(to)}.");
        }

        var check = DossierLifecycle.Check(clock.Status, to);
        if (!check.IsAllowed)
        {
            return ClockTransition.Refused(clock, check.Reason!);
        }

        if (clock.OutOfOrder(at) is { } late)
        {
            return ClockTransition.Refused(clock, late);
        }

        var draft = new ClockDraft(clock);
        draft.FireDue(at);
        switch (to)
        {
            case PortalStatus.SupplementRequested:
            case PortalStatus.AwaitingPayment:
            case PortalStatus.Stopped:
                if (clock.IsPaused)
                {
                    ClockPauses.EndAndChain(draft, at, calendar);
                }

                ClockPauses.Begin(draft, ReasonFor(to), at);
                break;
            case PortalStatus.InProcessing when clock.IsPaused:
                ClockPauses.EndAndRun(draft, at, calendar);
                break;
            case PortalStatus.Withdrawn:
                ClockClosings.Abandon(draft, at, calendar);
                break;
            case PortalStatus.ResultReady:
                ClockClosings.Complete(draft, at, returned: false, calendar);
                break;
            case PortalStatus.Returned when clock.Status == PortalStatus.ResultReady:
                draft.Clock = draft.Clock with { ReturnedAt = at };
                break;
            case PortalStatus.Returned:
                ClockClosings.Complete(draft, at, returned: true, calendar);
                break;
        }

        draft.Clock = draft.Clock with { Status = to, LastEventAt = at };
        draft.FireDue(at);
        return draft.Applied();
    }

    public static ClockTransition Close(DossierClock clock, DateTimeOffset at, WorkCalendar calendar)
    {
        if (clock.ClosedAt is { } closedAt)
        {
            return closedAt == at && clock.Status == PortalStatus.Stopped
                ? ClockTransition.Unchanged(clock)
                : ClockTransition.Refused(clock, $"The dossier was already closed at {closedAt:O}.");
        }

        if (clock.Status != PortalStatus.Stopped)
        {
            return ClockTransition.Refused(clock, $"Only a dossier whose processing was stopped (8) can be closed without a result; this one is {DossierLifecycle.Describe(clock.Status)}.");
        }

        if (clock.OutOfOrder(at) is { } late)
        {
            return ClockTransition.Refused(clock, late);
        }

        var draft = new ClockDraft(clock);
        ClockClosings.Abandon(draft, at, calendar);
        draft.Clock = draft.Clock with { LastEventAt = at };
        return draft.Applied();
    }

    private static PauseReason ReasonFor(PortalStatus status) => status switch
    {
        PortalStatus.SupplementRequested => PauseReason.Supplement,
        PortalStatus.AwaitingPayment => PauseReason.Payment,
        _ => PauseReason.Stopped,
    };
}
