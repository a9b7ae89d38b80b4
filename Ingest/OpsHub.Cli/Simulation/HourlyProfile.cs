using OpsHub.Sla.Calendar;

namespace OpsHub.Cli.Simulation;

/// <summary>
/// When in the working day dossiers arrive: a mid-morning peak, a smaller one after the lunch break, quiet at
/// opening and before closing. Arrivals are drawn from 15-minute slots of the unit's working periods.
/// </summary>
internal static class HourlyProfile
{
    private static readonly TimeSpan Slot = TimeSpan.FromMinutes(15);

    /// <summary>The relative arrival rate at local time <paramref name="time"/>.</summary>
    public static double Weight(TimeOnly time)
    {
        var h = time.ToTimeSpan().TotalHours;
        return 0.35 + (1.3 * Math.Exp(-Math.Pow((h - 9.25) / 1.3, 2))) + (0.55 * Math.Exp(-Math.Pow((h - 14.5) / 1.2, 2)));
    }

    /// <summary>The share of a day's arrivals expected in each local hour (0–23) for <paramref name="hours"/>.</summary>
    public static double[] ExpectedHourShares(WorkingHours hours)
    {
        var shares = new double[24];
        var slots = SlotsOf(hours);
        var total = slots.Sum(s => s.Weight);
        foreach (var (start, weight) in slots)
        {
            shares[start.Hour] += weight / total;
        }

        return shares;
    }

    /// <summary>Draws one arrival instant on <paramref name="date"/>, in the calendar's working time, to the second.</summary>
    public static DateTimeOffset Draw(Random random, WorkCalendar calendar, DateOnly date, IReadOnlyList<(TimeOnly Start, double Weight)> slots, double totalWeight)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(slots);
        var pick = random.NextDouble() * totalWeight;
        var chosen = slots[^1].Start;
        foreach (var (start, weight) in slots)
        {
            if (pick < weight)
            {
                chosen = start;
                break;
            }

            pick -= weight;
        }

        var second = random.Next((int)Slot.TotalSeconds);
        return calendar.At(date, chosen).AddSeconds(second).ToOffset(VietnamOffset);
    }

    /// <summary>The 15-minute slots of <paramref name="hours"/> with their weights.</summary>
    public static IReadOnlyList<(TimeOnly Start, double Weight)> SlotsOf(WorkingHours hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var slots = new List<(TimeOnly, double)>();
        foreach (var period in hours.Periods)
        {
            for (var t = period.Start; t < period.End && slots.Count < 96; t = t.Add(Slot))
            {
                slots.Add((t, Weight(t.Add(Slot / 2))));
            }
        }

        return slots;
    }

    /// <summary>Vietnam's fixed offset, used for every simulated instant.</summary>
    public static TimeSpan VietnamOffset { get; } = TimeSpan.FromHours(7);
}
