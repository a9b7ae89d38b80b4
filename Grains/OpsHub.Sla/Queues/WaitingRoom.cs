using OpsHub.Sla.Calendar;

namespace OpsHub.Sla.Queues;

/// <summary>
/// The queue of one one-stop shop for one day, as pure arithmetic: tickets waiting, tickets at counters, which
/// counters are open, recent service times, and the waiting-time alerts. Events are applied in order of occurrence;
/// alerts are evaluated at an instant, so a threshold crossed before an event is raised at its exact instant
/// whenever the event arrives. The public properties are the state (kept as JSON by the grain that owns it); the
/// day starts afresh at local midnight (Asia/Ho_Chi_Minh), dropping tickets nobody called.
/// </summary>
public sealed class WaitingRoom
{
    private static readonly TimeSpan RecentWindow = TimeSpan.FromHours(1);

    public DateOnly Day { get; set; }

    /// <summary>The latest instant of an event applied.</summary>
    public DateTimeOffset LastEventAt { get; set; }

    /// <summary>
    /// The instant to show figures for: the later of <paramref name="now"/> and the latest event, so a source whose
    /// clock runs slightly ahead (or a simulation running ahead of time) never shows an empty day.
    /// </summary>
    public DateTimeOffset ViewInstant(DateTimeOffset now) => LastEventAt > now ? LastEventAt : now;

    public List<QueueTicket> Waiting { get; set; } = [];

    public Dictionary<string, TicketAtCounter> AtCounters { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Open counters with their officer on duty.</summary>
    public Dictionary<string, string?> OpenCounters { get; set; } = new(StringComparer.Ordinal);

    /// <summary>When each counter last closed today, and how many times it closed.</summary>
    public Dictionary<string, CounterClosure> Closures { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Tickets marked no-show today, as they were at the counter that called them.</summary>
    public Dictionary<string, TicketAtCounter> NoShows { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Every ticket number issued today.</summary>
    public HashSet<string> Issued { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Priority calls in a row, per counter.</summary>
    public Dictionary<string, int> PriorityStreaks { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Services that ended within the last hour.</summary>
    public List<TimedSample> RecentServices { get; set; } = [];

    /// <summary>Total service seconds and count today, per field ("" for tickets without one).</summary>
    public Dictionary<string, DurationTotal> ServiceToday { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Alerts raised and not yet resolved.</summary>
    public Dictionary<string, QueueAlert> OpenAlerts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Keys of every alert raised today: each fires once.</summary>
    public HashSet<string> RaisedKeys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The last instant of the queue's day: evaluations later than this belong to a day not yet begun.</summary>
    public DateTimeOffset DayEnd
    {
        get
        {
            var midnight = Day.AddDays(1).ToDateTime(TimeOnly.MinValue);
            return new DateTimeOffset(midnight, VietnamTime.Zone.GetUtcOffset(midnight)) - TimeSpan.FromTicks(1);
        }
    }

    /// <summary>Applies one event. A refused event changes nothing.</summary>
    public RoomStep Apply(QueueInput input, QueueLayout layout, QueuePolicy policy)
    {
        StartDay(input.At);
        var step = ApplyToday(input, layout, policy);
        if (step.Refusal is null && input.At > LastEventAt)
        {
            LastEventAt = input.At;
        }

        return step;
    }

    private RoomStep ApplyToday(QueueInput input, QueueLayout layout, QueuePolicy policy)
    {
        var at = input.At;
        var counter = input.Counter;
        switch (input.Kind)
        {
            case QueueInputKind.CounterOpened:
                OpenCounters[counter!] = input.Staff;
                return Applied(new DeskFact(DeskFactKind.Opened, counter!, at, Staff: input.Staff));

            case QueueInputKind.CounterClosed:
                OpenCounters.Remove(counter!);
                Closures[counter!] = new CounterClosure(at, (Closures.GetValueOrDefault(counter!)?.Count ?? 0) + 1);
                return Applied(new DeskFact(DeskFactKind.Closed, counter!, at, Staff: input.Staff));

            case QueueInputKind.TicketIssued:
                return Issue(input, policy);

            case QueueInputKind.TicketCalled:
                return Call(input.Ticket!, counter!, at);

            case QueueInputKind.TicketServing:
                return Serve(input.Ticket!, counter!, at);

            case QueueInputKind.TicketCompleted:
                return Complete(input.Ticket!, counter!, at);

            case QueueInputKind.TicketNoShow:
                if (!AtCounters.TryGetValue(input.Ticket!, out var called) || called.Counter != counter || called.ServingSince is not null)
                {
                    return RoomStep.Refuse($"Ticket {input.Ticket} is not called and unserved at counter {counter}; only such a ticket can be a no-show.");
                }

                AtCounters.Remove(input.Ticket!);
                NoShows[input.Ticket!] = called;
                return Applied(new DeskFact(DeskFactKind.NoShow, counter!, at, input.Ticket));

            case QueueInputKind.TicketTransferred:
                return Transfer(input.Ticket!, counter!, input.ToCounter!, at);

            default:
                return RoomStep.Refuse($"Unknown queue event {input.Kind}.");
        }
    }

    /// <summary>Raises what has crossed its threshold by <paramref name="at"/> and resolves what no longer holds.</summary>
    public QueueAlertChanges Evaluate(DateTimeOffset at, QueueLayout layout, QueuePolicy policy)
    {
        StartDay(at);
        var raised = new List<QueueAlert>();
        var resolved = new List<(string, DateTimeOffset)>();
        var stillHolds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ticket in Waiting)
        {
            foreach (var (kind, due) in ThresholdsOf(ticket, policy))
            {
                var key = TicketKey(ticket, kind);
                if (due <= at)
                {
                    stillHolds.Add(key);
                    Raise(new QueueAlert(key, kind, due, ticket.Number, ticket.Counter, ticket.Field), raised);
                }
            }
        }

        foreach (var (counter, closure) in Closures)
        {
            if (OpenCounters.ContainsKey(counter))
            {
                continue;
            }

            var stranded = Waiting.FirstOrDefault(t => IsStrandedBy(t, counter, layout));
            if (stranded is not null)
            {
                var key = $"{Day:yyyyMMdd}/counter/{counter}/closed-{closure.Count}";
                stillHolds.Add(key);
                Raise(new QueueAlert(key, QueueAlertKind.CounterClosedWithQueue, closure.At, null, counter, stranded.Field), raised);
            }
        }

        foreach (var key in OpenAlerts.Keys.Where(k => !stillHolds.Contains(k)).ToList())
        {
            OpenAlerts.Remove(key);
            resolved.Add((key, at));
        }

        return new QueueAlertChanges(raised, resolved);
    }

    /// <summary>The next instant (within the queue's day) a waiting ticket crosses a threshold not yet raised, if any.</summary>
    public DateTimeOffset? NextThreshold(QueuePolicy policy)
    {
        DateTimeOffset? next = null;
        foreach (var ticket in Waiting)
        {
            foreach (var (kind, due) in ThresholdsOf(ticket, policy))
            {
                if (!RaisedKeys.Contains(TicketKey(ticket, kind)) && due <= DayEnd && (next is null || due < next))
                {
                    next = due;
                }
            }
        }

        return next;
    }

    /// <summary>Tickets waiting for <paramref name="counter"/>, in the order it should call them.</summary>
    public IReadOnlyList<QueueTicket> LineOf(string counter, QueueLayout layout, QueuePolicy policy)
    {
        var eligible = Waiting.Where(t => t.Counter is null ? layout.Serves(counter, t.Field) : t.Counter == counter);
        return Order(eligible, PriorityStreaks.GetValueOrDefault(counter), policy);
    }

    /// <summary>One field at <paramref name="now"/>.</summary>
    public FieldLine FieldLineOf(string field, QueueLayout layout, QueuePolicy policy, DateTimeOffset now)
    {
        var current = VietnamTime.DateOf(now) == Day;
        var counters = layout.CountersServing(field).ToList();
        var open = current ? counters.Where(OpenCounters.ContainsKey).ToList() : [];
        var waiting = current ? Waiting.Where(t => t.Field == field).ToList() : [];
        var service = MeanServiceTime(field, now, policy);
        var estimate = open.Count == 0 ? (TimeSpan?)null : service * waiting.Count / open.Count;
        var longest = waiting.Count == 0 ? TimeSpan.Zero : Max(now - waiting.Min(t => t.WaitingSince), TimeSpan.Zero);
        var next = Order(waiting, 0, policy).Take(5).Select(t => t.Number).ToList();
        return new FieldLine(field, counters, open, waiting.Count, longest, estimate, service, next);
    }

    /// <summary>
    /// The mean service time of <paramref name="field"/>: over the last hour, else today, else over every field
    /// today, else the policy's default.
    /// </summary>
    public TimeSpan MeanServiceTime(string? field, DateTimeOffset now, QueuePolicy policy)
    {
        var key = field ?? "";
        var recent = RecentServices.Where(s => (s.Field ?? "") == key && s.At > now - RecentWindow && s.At <= now).ToList();
        if (recent.Count > 0)
        {
            return TimeSpan.FromSeconds(recent.Average(s => s.Seconds));
        }

        if (ServiceToday.TryGetValue(key, out var today) && today.Count > 0)
        {
            return today.Mean;
        }

        var all = ServiceToday.Values.Aggregate(DurationTotal.Zero, (a, v) => a + v);
        return all.Count > 0 ? all.Mean : policy.DefaultServiceTime;
    }

    private RoomStep Issue(QueueInput input, QueuePolicy policy)
    {
        var number = input.Ticket!;
        if (!Issued.Add(number))
        {
            return RoomStep.Refuse($"Ticket {number} was already issued on {Day:dd/MM/yyyy}; ticket numbers are unique within a day.");
        }

        if (policy.RankOf(input.Priority) == -1)
        {
            Issued.Remove(number);
            return RoomStep.Refuse($"'{input.Priority}' is not a priority category (OpsHub:Queues:PriorityCategories: {string.Join(", ", policy.PriorityCategories)}).");
        }

        Waiting.Add(new QueueTicket(number, Issued.Count, input.Field, input.Counter, input.Priority, input.At, input.At, 1));
        return Applied();
    }

    private RoomStep Call(string number, string counter, DateTimeOffset at)
    {
        if (AtCounters.TryGetValue(number, out var present))
        {
            return present.Counter == counter
                ? Applied(new DeskFact(DeskFactKind.Recalled, counter, at, number))
                : RoomStep.Refuse($"Ticket {number} is at counter {present.Counter}, not waiting; transfer it to call it at counter {counter}.");
        }

        if (NoShows.Remove(number, out var noShow))
        {
            // The holder came back after all: the ticket is at the counter again, and no longer a no-show.
            AtCounters[number] = noShow with { Counter = counter, CalledAt = at };
            return Applied(new DeskFact(DeskFactKind.Recalled, counter, at, number));
        }

        var ticket = Waiting.FirstOrDefault(t => t.Number == number);
        if (ticket is null)
        {
            return RoomStep.Refuse(Issued.Contains(number)
                ? $"Ticket {number} is no longer waiting (it was served or transferred)."
                : $"Ticket {number} was not issued on {Day:dd/MM/yyyy}.");
        }

        Waiting.Remove(ticket);
        AtCounters[number] = new TicketAtCounter(ticket, counter, at, null);
        PriorityStreaks[counter] = ticket.Priority is null || ticket.Transferred ? 0 : PriorityStreaks.GetValueOrDefault(counter) + 1;
        var facts = new List<DeskFact>();
        if (!OpenCounters.ContainsKey(counter))
        {
            // A counter calling tickets is open, whether or not its opening was reported.
            OpenCounters[counter] = null;
            facts.Add(new DeskFact(DeskFactKind.Opened, counter, at));
        }

        facts.Add(new DeskFact(DeskFactKind.Called, counter, at, number, Max(at - ticket.WaitingSince, TimeSpan.Zero), Field: ticket.Field));
        return new RoomStep(null, facts);
    }

    private RoomStep Serve(string number, string counter, DateTimeOffset at)
    {
        var facts = new List<DeskFact>();
        if (!AtCounters.ContainsKey(number))
        {
            // Service began without a reported call: the call happened at the same instant.
            var called = Call(number, counter, at);
            if (called.Refusal is not null)
            {
                return called;
            }

            facts.AddRange(called.Facts);
        }

        var present = AtCounters[number];
        if (present.Counter != counter)
        {
            return RoomStep.Refuse($"Ticket {number} is at counter {present.Counter}, not {counter}.");
        }

        if (present.ServingSince is not null)
        {
            return new RoomStep(null, facts);
        }

        AtCounters[number] = present with { ServingSince = at };
        facts.Add(new DeskFact(DeskFactKind.ServiceStarted, counter, at, number));
        return new RoomStep(null, facts);
    }

    private RoomStep Complete(string number, string counter, DateTimeOffset at)
    {
        if (!AtCounters.TryGetValue(number, out var present) || present.Counter != counter)
        {
            return RoomStep.Refuse($"Ticket {number} is not at counter {counter}; only a called ticket can be completed.");
        }

        AtCounters.Remove(number);
        var service = Max(at - (present.ServingSince ?? present.CalledAt), TimeSpan.Zero);
        var field = present.Ticket.Field;
        RecentServices.Add(new TimedSample(at, service.TotalSeconds, field));
        RecentServices.RemoveAll(s => s.At <= at - RecentWindow);
        ServiceToday[field ?? ""] = ServiceToday.GetValueOrDefault(field ?? "", DurationTotal.Zero).Add(service);
        return Applied(new DeskFact(DeskFactKind.Completed, counter, at, number, service));
    }

    private RoomStep Transfer(string number, string from, string to, DateTimeOffset at)
    {
        if (!AtCounters.TryGetValue(number, out var present) || present.Counter != from)
        {
            return RoomStep.Refuse($"Ticket {number} is not at counter {from}; only a called ticket can be transferred.");
        }

        if (from == to)
        {
            return RoomStep.Refuse($"Ticket {number} cannot be transferred to the counter it is at ({from}).");
        }

        AtCounters.Remove(number);
        var ticket = present.Ticket;
        Waiting.Add(ticket with { Counter = to, WaitingSince = at, Cycle = ticket.Cycle + 1 });
        return Applied(new DeskFact(DeskFactKind.TransferredOut, from, at, number, Max(at - (present.ServingSince ?? present.CalledAt), TimeSpan.Zero)));
    }

    private bool IsStrandedBy(QueueTicket ticket, string closed, QueueLayout layout) =>
        ticket.Counter == closed
        || (ticket.Counter is null && ticket.Field is not null && layout.Serves(closed, ticket.Field)
            && !OpenCounters.Keys.Any(open => layout.Serves(open, ticket.Field)));

    private void Raise(QueueAlert alert, List<QueueAlert> raised)
    {
        if (RaisedKeys.Add(alert.Key))
        {
            OpenAlerts[alert.Key] = alert;
            raised.Add(alert);
        }
    }

    // The instants a ticket's current wait crosses its field's warning and critical thresholds.
    private static (QueueAlertKind Kind, DateTimeOffset Due)[] ThresholdsOf(QueueTicket ticket, QueuePolicy policy)
    {
        var thresholds = policy.ThresholdsFor(ticket.Field);
        return [(QueueAlertKind.WaitWarning, ticket.WaitingSince + thresholds.Warning), (QueueAlertKind.WaitCritical, ticket.WaitingSince + thresholds.Critical)];
    }

    private string TicketKey(QueueTicket ticket, QueueAlertKind kind) =>
        $"{Day:yyyyMMdd}/ticket/{ticket.Number}/c{ticket.Cycle}/{(kind == QueueAlertKind.WaitWarning ? "wait-warning" : "wait-critical")}";

    private void StartDay(DateTimeOffset at)
    {
        var day = VietnamTime.DateOf(at);
        if (day <= Day)
        {
            return;
        }

        // Open alerts stay, so the next evaluation resolves them: nobody waits from one day to the next.
        Day = day;
        Waiting.Clear();
        AtCounters.Clear();
        OpenCounters.Clear();
        Closures.Clear();
        NoShows.Clear();
        Issued.Clear();
        PriorityStreaks.Clear();
        ServiceToday.Clear();
        RaisedKeys.Clear();
        RecentServices.RemoveAll(s => s.At <= at - RecentWindow);
    }

    private static List<QueueTicket> Order(IEnumerable<QueueTicket> tickets, int priorityStreak, QueuePolicy policy)
    {
        var ordered = tickets
            .OrderBy(t => t.Transferred ? 0 : 1)
            .ThenBy(t => t.Priority is null ? int.MaxValue : policy.RankOf(t.Priority))
            .ThenBy(t => t.WaitingSince)
            .ThenBy(t => t.IssueNo)
            .ToList();
        if (policy.Mode == PriorityMode.Interleave && priorityStreak >= policy.PriorityRun
            && ordered.FirstOrDefault(t => t.Priority is null && !t.Transferred) is { } oldestOther
            && ordered.Count > 0 && ordered[0].Priority is not null && !ordered[0].Transferred)
        {
            ordered.Remove(oldestOther);
            ordered.Insert(0, oldestOther);
        }

        return ordered;
    }

    private static RoomStep Applied(params DeskFact[] facts) => new(null, facts);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
