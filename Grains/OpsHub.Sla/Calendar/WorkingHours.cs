using System.Collections.Immutable;

namespace OpsHub.Sla.Calendar;

/// <summary>A unit's weekly working pattern: the days it opens and the periods of each such day.</summary>
public sealed record WorkingHours
{
    public WorkingHours(IEnumerable<TimeRange> periods, IEnumerable<DayOfWeek> days)
    {
        Periods = [.. periods.OrderBy(p => p.Start)];
        Days = [.. days];
        if (Periods.Length == 0)
        {
            throw new ArgumentException("A working pattern needs at least one period.", nameof(periods));
        }

        if (Days.Count == 0)
        {
            throw new ArgumentException("A working pattern needs at least one working day.", nameof(days));
        }

        for (var i = 1; i < Periods.Length; i++)
        {
            if (Periods[i].Start < Periods[i - 1].End)
            {
                throw new ArgumentException("Working periods must not overlap.", nameof(periods));
            }
        }
    }

    /// <summary>The common default: 07:00–11:30 and 13:30–17:00, Monday to Friday (8 hours a day).</summary>
    public static WorkingHours Default { get; } = new(
        [new TimeRange(new TimeOnly(7, 0), new TimeOnly(11, 30)), new TimeRange(new TimeOnly(13, 30), new TimeOnly(17, 0))],
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);

    public ImmutableArray<TimeRange> Periods { get; }

    public ImmutableHashSet<DayOfWeek> Days { get; }

    /// <summary>Working time in one working day.</summary>
    public TimeSpan DayLength => TimeSpan.FromTicks(Periods.Sum(p => p.Length.Ticks));

    public TimeOnly Opening => Periods[0].Start;

    public TimeOnly Closing => Periods[^1].End;
}
