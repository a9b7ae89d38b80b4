using OpsHub.Sla.Calendar;

namespace OpsHub.Grains.Calendars;

/// <summary>Every unit works the default hours in Asia/Ho_Chi_Minh, with the registered holiday calendar.</summary>
internal sealed class DefaultWorkCalendarProvider(IHolidayCalendar holidays) : IWorkCalendarProvider
{
    private readonly WorkCalendar _calendar = new(WorkingHours.Default, holidays, VietnamTime.Zone);

    public WorkCalendar For(string unitCode) => _calendar;
}
