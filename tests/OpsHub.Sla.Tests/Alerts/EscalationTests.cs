using OpsHub.Sla.Alerts;
using OpsHub.Sla.Calendar;
using OpsHub.Sla.Tests.Calendar.Holidays;

namespace OpsHub.Sla.Tests.Alerts;

/// <summary>Escalation instants and held deliveries in working time (07:00-11:30, 13:30-17:00, Monday to Friday).</summary>
public sealed class EscalationTests
{
    private static readonly WorkCalendar Calendar = new(WorkingHours.Default, ShippedHolidays.Calendar, VietnamTime.Zone);
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);

    [Theory]
    // In the morning: half an hour later.
    [InlineData("2026-11-24T08:15+07:00", 0, "2026-11-24T08:45+07:00")]
    // Across lunch: 11:15-11:30 then 13:30-13:45.
    [InlineData("2026-11-24T11:15+07:00", 0, "2026-11-24T13:45+07:00")]
    // Raised at night: counts from the next opening.
    [InlineData("2026-11-24T21:00+07:00", 1, "2026-11-25T07:30+07:00")]
    // Friday afternoon: 16:50-17:00, then Monday 07:00-07:20.
    [InlineData("2026-11-27T16:50+07:00", 0, "2026-11-30T07:20+07:00")]
    // New Year's Day 2027 is a Friday off: from Thursday 16:45 to Monday 07:15.
    [InlineData("2026-12-31T16:45+07:00", 1, "2027-01-04T07:15+07:00")]
    public void NextEscalationCountsWorkingTimeWhenBelowTheLastLevel(string since, int level, string expected) =>
        Escalation.NextAt(Calendar, Iso.Instant(since), HalfHour, level, maxLevel: 2).ShouldBe(Iso.Instant(expected));

    [Theory]
    [InlineData(2, 2)]
    [InlineData(1, 1)]
    [InlineData(0, 0)]
    public void NothingEscalatesWhenTheLastLevelIsReached(int level, int maxLevel) =>
        Escalation.NextAt(Calendar, Iso.Instant("2026-11-24T08:15+07:00"), HalfHour, level, maxLevel).ShouldBeNull();

    [Theory]
    [InlineData("2026-11-24T08:15+07:00", "2026-11-24T08:15+07:00")]
    [InlineData("2026-11-24T12:00+07:00", "2026-11-24T13:30+07:00")]
    [InlineData("2026-11-24T19:00+07:00", "2026-11-25T07:00+07:00")]
    [InlineData("2026-11-28T09:00+07:00", "2026-11-30T07:00+07:00")]
    public void DeliveryWaitsForOpeningWhenOutsideWorkingHours(string at, string expected) =>
        Escalation.DeliverAt(Calendar, Iso.Instant(at)).ShouldBe(Iso.Instant(expected));
}
