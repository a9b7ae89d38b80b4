using System.Globalization;
using OpsHub.Ingest.Events.Parsing;
using OpsHub.Sla.Calendar;

namespace OpsHub.Cli.Simulation;

/// <summary>
/// One unit's counters and tickets for a day. Counters open at each working period's start and close at its end, or
/// after the last service they started. Tickets are called in the order they were taken, each at the counter serving
/// its field that is free first, so a counter never serves two at once. In-person dossiers are received during the
/// service of their ticket. Question tickets are sometimes no-shows or sent on to another counter.
/// </summary>
internal sealed class QueueDay(ProvinceUnit unit, WorkCalendar calendar, TrafficOptions options, Random random)
{
    private static readonly string[] Priorities = ["elderly", "elderly", "elderly", "disabled", "pregnant"];
    private readonly List<SimulatedEvent> _events = [];
    private readonly Dictionary<int, CounterReceipt> _receipts = [];
    private readonly DateTimeOffset[] _free = new DateTimeOffset[unit.Counters.Count];

    /// <summary>The counter and ticket events, in no particular order.</summary>
    public IReadOnlyList<SimulatedEvent> Events => _events;

    /// <summary>For each in-person dossier (by index), where and when it was received.</summary>
    public IReadOnlyDictionary<int, CounterReceipt> Receipts => _receipts;

    /// <summary>Plays <paramref name="day"/>: <paramref name="walkIns"/> are the in-person dossiers' tickets; questions are added.</summary>
    public void Play(DateOnly day, IReadOnlyList<QueueTicket> walkIns)
    {
        ArgumentNullException.ThrowIfNull(walkIns);
        var slots = HourlyProfile.SlotsOf(calendar.Hours);
        var total = slots.Sum(s => s.Weight);
        var fields = unit.Counters.SelectMany(c => c.Fields).Distinct(StringComparer.Ordinal).ToArray();
        var extra = (int)Math.Round(walkIns.Count * options.ExtraTicketShare);
        var tickets = walkIns
            .Concat(Enumerable.Range(0, extra).Select(_ => new QueueTicket(HourlyProfile.Draw(random, calendar, day, slots, total), fields[random.Next(fields.Length)], null)))
            .OrderBy(t => t.IssuedAt).ThenBy(t => t.Dossier ?? int.MaxValue)
            .ToList();
        var numbers = new Dictionary<QueueTicket, string>(ReferenceEqualityComparer.Instance);
        foreach (var ticket in tickets)
        {
            var number = (1001 + numbers.Count).ToString(CultureInfo.InvariantCulture);
            numbers[ticket] = number;
            var priority = random.NextDouble() < options.PriorityShare ? Priorities[random.Next(Priorities.Length)] : null;
            _events.Add(Event(RecordTypes.TicketIssued, ticket.IssuedAt, null, number) with { FieldCode = ticket.FieldCode, PriorityCategory = priority });
        }

        var periods = calendar.Hours.Periods.Select(p => (Start: calendar.At(day, p.Start), End: calendar.At(day, p.End))).ToList();
        var carried = new List<QueueTicket>();
        for (var p = 0; p < periods.Count; p++)
        {
            var (start, end) = periods[p];
            var last = p == periods.Count - 1;
            for (var c = 0; c < _free.Length; c++)
            {
                _free[c] = start.AddSeconds(random.Next(0, 181));
                _events.Add(Event(RecordTypes.CounterOpened, _free[c], unit.Counters[c].Code, null));
            }

            var queue = carried.Concat(tickets.Where(t => t.IssuedAt >= start && t.IssuedAt < end)).ToList();
            carried = [];
            foreach (var ticket in queue)
            {
                if (!Serve(ticket, numbers[ticket], end, last))
                {
                    carried.Add(ticket);
                }
            }

            for (var c = 0; c < _free.Length; c++)
            {
                var closing = _free[c] > end ? _free[c] : end;
                _events.Add(Event(RecordTypes.CounterClosed, closing.AddSeconds(random.Next(30, 121)), unit.Counters[c].Code, null));
            }
        }
    }

    // False when no counter can call the ticket before the period ends (and a later period will).
    private bool Serve(QueueTicket ticket, string number, DateTimeOffset end, bool lastPeriod)
    {
        var c = FirstFree(ticket.FieldCode, ticket.IssuedAt, except: -1);
        var calledAt = Later(_free[c], ticket.IssuedAt).AddSeconds(random.Next(10, 61));
        if (!lastPeriod && calledAt >= end.AddMinutes(-1))
        {
            return false;
        }

        var code = unit.Counters[c].Code;
        _events.Add(Event(RecordTypes.TicketCalled, calledAt, code, number));
        if (ticket.Dossier is null && random.NextDouble() < options.NoShowShare)
        {
            _free[c] = calledAt.AddSeconds(random.Next(60, 181));
            _events.Add(Event(RecordTypes.TicketNoShow, _free[c], code, number));
            return true;
        }

        var serving = calledAt.AddSeconds(random.Next(20, 91));
        _events.Add(Event(RecordTypes.TicketServing, serving, code, number));
        if (ticket.Dossier is null && _free.Length > 1 && random.NextDouble() < options.TransferShare)
        {
            var to = FirstFree(ticket.FieldCode, serving, except: c);
            var transferred = serving.AddSeconds(random.Next(60, 181));
            _free[c] = transferred;
            _events.Add(Event(RecordTypes.TicketTransferred, transferred, code, number) with { ToCounterCode = unit.Counters[to].Code });
            c = to;
            code = unit.Counters[c].Code;
            calledAt = Later(_free[c], transferred).AddSeconds(random.Next(10, 61));
            _events.Add(Event(RecordTypes.TicketCalled, calledAt, code, number));
            serving = calledAt.AddSeconds(random.Next(20, 91));
            _events.Add(Event(RecordTypes.TicketServing, serving, code, number));
        }

        var service = ticket.Dossier is null ? TimeSpan.FromSeconds(random.Next(180, 601)) : TimeSpan.FromSeconds(random.Next(480, 1501));
        _free[c] = serving + service;
        _events.Add(Event(RecordTypes.TicketCompleted, _free[c], code, number));
        if (ticket.Dossier is { } dossier)
        {
            _receipts[dossier] = new CounterReceipt(code, serving + (service * 0.6));
        }

        return true;
    }

    // The counter serving the field (any counter when none does) that is free first; ties go to the first listed.
    private int FirstFree(string field, DateTimeOffset at, int except)
    {
        var best = -1;
        for (var pass = 0; pass < 2 && best < 0; pass++)
        {
            for (var c = 0; c < _free.Length; c++)
            {
                if (c != except && (pass == 1 || unit.Counters[c].Fields.Contains(field, StringComparer.Ordinal))
                    && (best < 0 || Later(_free[c], at) < Later(_free[best], at)))
                {
                    best = c;
                }
            }
        }

        return best;
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private SimulatedEvent Event(string type, DateTimeOffset at, string? counter, string? ticket) =>
        new(type, null, Truncate(at).ToOffset(HourlyProfile.VietnamOffset), UnitCode: unit.Code, CounterCode: counter, TicketNumber: ticket);

    private static DateTimeOffset Truncate(DateTimeOffset t) => new(t.Ticks - (t.Ticks % TimeSpan.TicksPerSecond), t.Offset);
}
