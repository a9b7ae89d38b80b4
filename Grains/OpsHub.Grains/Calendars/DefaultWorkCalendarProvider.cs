using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OpsHub.Grains.Abstractions.Organisation;
using OpsHub.Sla.Calendar;

namespace OpsHub.Grains.Calendars;

/// <summary>
/// Each unit works its configured hours (<see cref="UnitInfo.WorkingPeriods"/>, <see cref="UnitInfo.WorkingDays"/>),
/// or the default 07:00–11:30, 13:30–17:00, Monday–Friday, in Asia/Ho_Chi_Minh, with the shared holiday calendar.
/// </summary>
internal sealed class DefaultWorkCalendarProvider(IHolidayCalendar holidays, IOptions<OrganisationOptions> organisation) : IWorkCalendarProvider
{
    private readonly WorkCalendar _default = new(WorkingHours.Default, holidays, VietnamTime.Zone);
    private readonly ConcurrentDictionary<string, WorkCalendar> _byUnit = new(StringComparer.Ordinal);

    public WorkCalendar For(string unitCode) => _byUnit.GetOrAdd(unitCode, Build);

    private WorkCalendar Build(string unitCode) =>
        organisation.Value.Find(unitCode) is { } unit && UnitWorkingHours.Of(unit) is { } hours
            ? new WorkCalendar(hours, holidays, VietnamTime.Zone)
            : _default;
}
