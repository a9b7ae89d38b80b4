using OpsHub.Sla.Calendar;

namespace OpsHub.Sla.Queues;

/// <summary>
/// One counter's day as pure arithmetic: open or closed, who is on duty, the ticket at the counter, and the figures
/// of its calls and services. It learns from its one-stop shop's <see cref="WaitingRoom"/> (<see cref="DeskFact"/>)
/// and from dossiers received at it. The public properties are the state; the day starts afresh at local midnight.
/// </summary>
public sealed class CounterDesk
{
    private static readonly TimeSpan RecentWindow = TimeSpan.FromHours(1);

    public DateOnly Day { get; set; }

    public bool Open { get; set; }

    /// <summary>The latest instant of a fact applied.</summary>
    public DateTimeOffset LastFactAt { get; set; }

    /// <summary>The instant to show figures for: the later of <paramref name="now"/> and the latest fact.</summary>
    public DateTimeOffset ViewInstant(DateTimeOffset now) => LastFactAt > now ? LastFactAt : now;

    public string? Staff { get; set; }

    public string? Ticket { get; set; }

    public DateTimeOffset? TicketSince { get; set; }

    public int Called { get; set; }

    public int Served { get; set; }

    public int NoShows { get; set; }

    public int Recalls { get; set; }

    public int Transfers { get; set; }

    public DurationTotal WaitToday { get; set; } = DurationTotal.Zero;

    public DurationTotal ServiceToday { get; set; } = DurationTotal.Zero;

    /// <summary>Waits of tickets called within the last hour.</summary>
    public List<TimedSample> RecentWaits { get; set; } = [];

    /// <summary>Services completed within the last hour.</summary>
    public List<TimedSample> RecentServices { get; set; } = [];

    /// <summary>Codes of dossiers received here today.</summary>
    public HashSet<string> Dossiers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Applies a fact from the queue.</summary>
    public void Apply(DeskFact fact)
    {
        StartDay(fact.At);
        if (fact.At > LastFactAt)
        {
            LastFactAt = fact.At;
        }

        switch (fact.Kind)
        {
            case DeskFactKind.Opened:
                Open = true;
                Staff = fact.Staff ?? Staff;
                break;
            case DeskFactKind.Closed:
                Open = false;
                Staff = null;
                break;
            case DeskFactKind.Called:
                Called++;
                Ticket = fact.Ticket;
                TicketSince = fact.At;
                WaitToday = WaitToday.Add(fact.Duration ?? TimeSpan.Zero);
                Keep(RecentWaits, new TimedSample(fact.At, (fact.Duration ?? TimeSpan.Zero).TotalSeconds));
                break;
            case DeskFactKind.Recalled:
                Recalls++;
                if (Ticket != fact.Ticket)
                {
                    // A no-show came back: it is no longer one.
                    NoShows = Math.Max(0, NoShows - 1);
                    Ticket = fact.Ticket;
                    TicketSince = fact.At;
                }

                break;
            case DeskFactKind.ServiceStarted:
                Ticket = fact.Ticket;
                TicketSince ??= fact.At;
                break;
            case DeskFactKind.Completed:
                Served++;
                ServiceToday = ServiceToday.Add(fact.Duration ?? TimeSpan.Zero);
                Keep(RecentServices, new TimedSample(fact.At, (fact.Duration ?? TimeSpan.Zero).TotalSeconds));
                Release(fact.Ticket);
                break;
            case DeskFactKind.NoShow:
                NoShows++;
                Release(fact.Ticket);
                break;
            case DeskFactKind.TransferredOut:
                Transfers++;
                Release(fact.Ticket);
                break;
        }
    }

    /// <summary>Counts a dossier received at this counter; returns <c>false</c> when it was counted already.</summary>
    public bool ReceiveDossier(string dossierCode, DateTimeOffset at)
    {
        StartDay(at);
        return VietnamTime.DateOf(at) == Day && Dossiers.Add(dossierCode);
    }

    /// <summary>The figures at <paramref name="now"/>; a counter not seen today shows an empty day.</summary>
    public CounterFigures FiguresAt(DateTimeOffset now)
    {
        if (VietnamTime.DateOf(now) != Day)
        {
            return new CounterFigures(false, null, null, null, 0, 0, 0, 0, null, 0, 0, null, null, null, null, 0);
        }

        var since = now - RecentWindow;
        var waits = RecentWaits.Where(s => s.At > since && s.At <= now).ToList();
        var services = RecentServices.Where(s => s.At > since && s.At <= now).ToList();
        return new CounterFigures(
            Open,
            Staff,
            Ticket,
            Ticket is null ? null : TicketSince,
            Called,
            Served,
            services.Count,
            NoShows,
            Called == 0 ? null : (double)NoShows / Called,
            Recalls,
            Transfers,
            WaitToday.Count == 0 ? null : WaitToday.Mean,
            Mean(waits),
            ServiceToday.Count == 0 ? null : ServiceToday.Mean,
            Mean(services),
            Dossiers.Count);
    }

    private void Release(string? ticket)
    {
        if (Ticket == ticket)
        {
            Ticket = null;
            TicketSince = null;
        }
    }

    private static void Keep(List<TimedSample> samples, TimedSample sample)
    {
        samples.Add(sample);
        samples.RemoveAll(s => s.At <= sample.At - RecentWindow);
    }

    private static TimeSpan? Mean(List<TimedSample> samples) =>
        samples.Count == 0 ? null : TimeSpan.FromSeconds(samples.Average(s => s.Seconds));

    private void StartDay(DateTimeOffset at)
    {
        var day = VietnamTime.DateOf(at);
        if (day <= Day)
        {
            return;
        }

        Day = day;
        Open = false;
        Staff = null;
        Ticket = null;
        TicketSince = null;
        Called = Served = NoShows = Recalls = Transfers = 0;
        WaitToday = ServiceToday = DurationTotal.Zero;
        Dossiers.Clear();
    }
}
