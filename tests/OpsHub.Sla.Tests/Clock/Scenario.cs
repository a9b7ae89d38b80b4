using System.Collections.Immutable;
using OpsHub.Sla.Calendar;
using OpsHub.Sla.Clock;
using OpsHub.Sla.Deadlines;
using OpsHub.Sla.Lifecycle;
using OpsHub.Sla.Procedures;
using OpsHub.Sla.Tests.Calendar.Holidays;

namespace OpsHub.Sla.Tests.Clock;

/// <summary>The default working hours with the shipped holiday tables, and small builders for clocks.</summary>
internal static class Scenario
{
    public static WorkCalendar Calendar { get; } = new(WorkingHours.Default, ShippedHolidays.Calendar, VietnamTime.Zone);

    public static ImmutableArray<ProcedureStep> Steps { get; } =
    [
        new("TIEPNHAN", "Tiếp nhận hồ sơ", ProcessingTime.WorkingHours(2), "Bộ phận Một cửa"),
        new("THAMDINH", "Thẩm định hồ sơ", ProcessingTime.WorkingDays(2), "Phòng Kinh tế"),
        new("KY", "Trình ký", ProcessingTime.WorkingHours(4), "Lãnh đạo UBND xã"),
    ];

    /// <summary>A local instant in Vietnam, e.g. "2026-11-23T09:00".</summary>
    public static DateTimeOffset At(string local) => Iso.Instant(local.Length == 16 ? local + ":00+07:00" : local + "+07:00");

    public static SlaTerms Terms(
        string time,
        PauseMode mode = PauseMode.Resume,
        string? cutoff = null,
        AlertPolicy? alerts = null) => new(
            "TEST",
            SubmissionChannel.InPerson,
            ProcessingTimeText.Parse(time),
            cutoff is null ? null : TimeOnly.Parse(cutoff, System.Globalization.CultureInfo.InvariantCulture),
            mode,
            Steps,
            alerts ?? AlertPolicy.Default);

    public static DossierClock Start(string received, string time, PauseMode mode = PauseMode.Resume, string? cutoff = null, AlertPolicy? alerts = null) =>
        DossierClock.Start(Terms(time, mode, cutoff, alerts), At(received), Calendar);

    /// <summary>Applies a status change that must be legal and returns the new clock.</summary>
    public static DossierClock Move(this DossierClock clock, PortalStatus status, string at) =>
        clock.MoveTo(status, At(at), Calendar).Applied().Clock;

    public static ClockTransition Applied(this ClockTransition transition)
    {
        transition.Outcome.ShouldBe(TransitionOutcome.Applied, transition.Reason);
        return transition;
    }

    public static SlaThreshold Threshold(this DossierClock clock, string key) => clock.Thresholds.Single(t => t.Key == key);

    public static IEnumerable<string> Keys(this IEnumerable<SlaThreshold> thresholds) => thresholds.Select(t => t.Key);
}
