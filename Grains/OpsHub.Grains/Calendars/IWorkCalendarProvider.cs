using OpsHub.Sla.Calendar;

namespace OpsHub.Grains.Calendars;

/// <summary>Gives the working calendar a unit's deadlines are computed with.</summary>
public interface IWorkCalendarProvider
{
    /// <summary>The calendar of <paramref name="unitCode"/>.</summary>
    WorkCalendar For(string unitCode);
}
