using System.Globalization;
using OpsHub.Sla.Calendar;
using OpsHub.Sla.Procedures;

namespace OpsHub.Cli.Simulation;

/// <summary>
/// The pure traffic generator: given a seed, a province and a simulated window, the same ordered events every time.
/// Each unit's day is drawn from its own random stream (seed, day, unit), so a dossier's code and story do not
/// depend on where the window starts.
/// </summary>
internal sealed class TrafficModel
{
    // A window longer than ten years is a mistake, not a simulation.
    private const int MaxDays = 3660;

    private readonly Province _province;
    private readonly ProcedureCatalogue _catalogue;
    private readonly ProcedureMix _mix;
    private readonly TrafficOptions _options;
    private readonly int _seed;
    private readonly WorkCalendar[] _calendars;

    /// <summary>Builds the model.</summary>
    public TrafficModel(Province province, ProcedureCatalogue catalogue, TrafficOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(options);
        _province = province;
        _catalogue = catalogue;
        _mix = new ProcedureMix(catalogue);
        _options = options;
        _seed = seed;
        _calendars = [.. province.Units.Select(UnitCalendars.For)];
    }

    /// <summary>Every event in [<paramref name="from"/>, <paramref name="to"/>) of dossiers received in it, in time order.</summary>
    public IEnumerable<SimulatedEvent> Events(DateTimeOffset from, DateTimeOffset to)
    {
        var queue = new PriorityQueue<SimulatedEvent, (long Ticks, long Sequence)>();
        long sequence = 0;
        foreach (var day in Days(from, to))
        {
            foreach (var story in Dossiers(day).Where(s => s.Plan.ReceivedAt >= from && s.Plan.ReceivedAt < to))
            {
                foreach (var e in story.Events.Where(e => e.OccurredAt < to))
                {
                    queue.Enqueue(e, (e.OccurredAt.UtcTicks, sequence++));
                }
            }

            // Dossiers of later days start no earlier than the next midnight: all before it is final.
            var nextMidnight = UnitCalendars.Default.At(day.AddDays(1), TimeOnly.MinValue);
            while (queue.TryPeek(out var head, out _) && head.OccurredAt < nextMidnight)
            {
                yield return queue.Dequeue();
            }
        }

        while (queue.TryDequeue(out var e, out _))
        {
            yield return e;
        }
    }

    /// <summary>All dossiers received by every unit on <paramref name="day"/>, with their whole stories.</summary>
    public IEnumerable<DossierStory> Dossiers(DateOnly day)
    {
        for (var u = 0; u < _province.Units.Count; u++)
        {
            var unit = _province.Units[u];
            var calendar = _calendars[u];
            if (!calendar.IsWorkingDay(day))
            {
                continue;
            }

            var random = new Random(StreamSeed(_seed, day.DayNumber, u));
            var slots = HourlyProfile.SlotsOf(calendar.Hours);
            var total = slots.Sum(s => s.Weight);
            var count = (int)Math.Round(unit.DailyVolume * (1 + (_options.VolumeJitter * ((2 * random.NextDouble()) - 1))));
            var arrivals = Enumerable.Range(0, Math.Max(0, count)).Select(_ => HourlyProfile.Draw(random, calendar, day, slots, total)).Order().ToList();
            for (var i = 0; i < arrivals.Count; i++)
            {
                yield return Story(unit, calendar, day, i + 1, arrivals[i], random);
            }
        }
    }

    private DossierStory Story(ProvinceUnit unit, WorkCalendar calendar, DateOnly day, int serial, DateTimeOffset receivedAt, Random random)
    {
        var procedure = _mix.Draw(random);
        var online = random.NextDouble() < (unit.OnlineShare ?? _options.OnlineShare);
        var plan = new DossierPlan(
            string.Create(CultureInfo.InvariantCulture, $"{unit.Code}-{day:yyMMdd}-{serial:D5}"),
            unit.Code,
            procedure.Code,
            receivedAt,
            online ? 2 : 1,
            random.Next(1, unit.Counters + 1),
            random.NextDouble() < _options.SupplementShare,
            random.NextDouble() < _options.LateShare);
        return DossierScript.Write(plan, procedure, calendar, _options, random);
    }

    private static IEnumerable<DateOnly> Days(DateTimeOffset from, DateTimeOffset to)
    {
        var first = VietnamTime.DateOf(from);
        var last = VietnamTime.DateOf(to);
        for (var (day, i) = (first, 0); day <= last && i < MaxDays; day = day.AddDays(1), i++)
        {
            yield return day;
        }
    }

    // A stable mix (not HashCode, which is randomised per process) so a seed means the same traffic everywhere.
    private static int StreamSeed(int seed, int dayNumber, int unit)
    {
        unchecked
        {
            var x = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL;
            x ^= ((ulong)(uint)dayNumber << 20) ^ (ulong)(uint)unit;
            x ^= x >> 31;
            x *= 0xBF58476D1CE4E5B9UL;
            x ^= x >> 29;
            return (int)(x & 0x7FFFFFFF);
        }
    }
}
