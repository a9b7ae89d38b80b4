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

    // Offsets the unit index for the queues' random streams, apart from the dossiers' ones.
    private const int QueueStream = 1 << 16;

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

    /// <summary>Every event in [<paramref name="from"/>, <paramref name="to"/>) of dossiers received in it and of counters and tickets, in time order.</summary>
    public IEnumerable<SimulatedEvent> Events(DateTimeOffset from, DateTimeOffset to)
    {
        var queue = new PriorityQueue<SimulatedEvent, (long Ticks, long Sequence)>();
        long sequence = 0;
        foreach (var day in Days(from, to))
        {
            foreach (var unitDay in UnitDays(day))
            {
                foreach (var e in unitDay.QueueEvents.Where(e => e.OccurredAt >= from && e.OccurredAt < to))
                {
                    queue.Enqueue(e, (e.OccurredAt.UtcTicks, sequence++));
                }

                foreach (var story in unitDay.Stories.Where(s => s.Plan.ReceivedAt >= from && s.Plan.ReceivedAt < to))
                {
                    foreach (var e in story.Events.Where(e => e.OccurredAt < to))
                    {
                        queue.Enqueue(e, (e.OccurredAt.UtcTicks, sequence++));
                    }
                }
            }

            // Dossiers and queues of later days start no earlier than the next midnight: all before it is final.
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
    public IEnumerable<DossierStory> Dossiers(DateOnly day) => UnitDays(day).SelectMany(d => d.Stories);

    /// <summary>What every unit working on <paramref name="day"/> did: dossiers, counters and tickets.</summary>
    public IEnumerable<UnitDay> UnitDays(DateOnly day)
    {
        for (var u = 0; u < _province.Units.Count; u++)
        {
            var unit = _province.Units[u];
            var calendar = _calendars[u];
            if (!calendar.IsWorkingDay(day))
            {
                continue;
            }

            yield return UnitDayOf(unit, u, calendar, day);
        }
    }

    private UnitDay UnitDayOf(ProvinceUnit unit, int index, WorkCalendar calendar, DateOnly day)
    {
        var random = new Random(StreamSeed(_seed, day.DayNumber, index));
        var slots = HourlyProfile.SlotsOf(calendar.Hours);
        var total = slots.Sum(s => s.Weight);
        var count = (int)Math.Round(unit.DailyVolume * (1 + (_options.VolumeJitter * ((2 * random.NextDouble()) - 1))));
        var arrivals = Enumerable.Range(0, Math.Max(0, count)).Select(_ => HourlyProfile.Draw(random, calendar, day, slots, total)).Order().ToList();
        var drafts = arrivals.Select(at => (
            At: at,
            Procedure: _mix.Draw(random),
            Online: random.NextDouble() < (unit.OnlineShare ?? _options.OnlineShare),
            Supplement: random.NextDouble() < _options.SupplementShare,
            Late: random.NextDouble() < _options.LateShare)).ToList();

        // The queue has its own random stream: the dossiers' stories do not depend on how many tickets there are.
        var queue = new QueueDay(unit, calendar, _options, new Random(StreamSeed(_seed, day.DayNumber, QueueStream + index)));
        queue.Play(day, [.. drafts.Select((d, i) => (d, i)).Where(x => !x.d.Online).Select(x => new QueueTicket(x.d.At, x.d.Procedure.FieldCode, x.i))]);
        var stories = new List<DossierStory>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            var receipt = d.Online ? null : queue.Receipts[i];
            var plan = new DossierPlan(
                string.Create(CultureInfo.InvariantCulture, $"{unit.Code}-{day:yyMMdd}-{i + 1:D5}"),
                unit.Code,
                d.Procedure.Code,
                receipt?.ReceivedAt ?? d.At,
                d.Online ? 2 : 1,
                receipt?.CounterCode,
                d.Supplement,
                d.Late,
                d.At);
            stories.Add(DossierScript.Write(plan, d.Procedure, calendar, _options, random));
        }

        return new UnitDay(unit.Code, day, stories, [.. queue.Events.OrderBy(e => e.OccurredAt)]);
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
