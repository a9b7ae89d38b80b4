namespace OpsHub.Ingest.Events.Parsing;

/// <summary>
/// Every <c>type</c> OpsHub normalises: the dossier vocabulary of <see cref="EventTypes"/> plus ratings and the counter
/// queue. In CloudEvents each is prefixed with <see cref="CloudEventPrefix"/>.
/// </summary>
public static class RecordTypes
{
    /// <summary>The CloudEvents namespace in front of every type, for example <c>vn.opshub.dossier.received</c>.</summary>
    public const string CloudEventPrefix = "vn.opshub.";

    public const string DossierRated = "dossier.rated";

    public const string CounterOpened = "counter.opened";

    public const string CounterClosed = "counter.closed";

    public const string TicketIssued = "ticket.issued";

    public const string TicketCalled = "ticket.called";

    public const string TicketServing = "ticket.serving";

    public const string TicketCompleted = "ticket.completed";

    public const string TicketNoShow = "ticket.no-show";

    public const string TicketTransferred = "ticket.transferred";

    /// <summary>Types about a counter or a ticket rather than a dossier.</summary>
    public static IReadOnlyList<string> Queue { get; } =
        [CounterOpened, CounterClosed, TicketIssued, TicketCalled, TicketServing, TicketCompleted, TicketNoShow, TicketTransferred];

    /// <summary>All types, without the CloudEvents prefix.</summary>
    public static IReadOnlyList<string> All { get; } = [.. EventTypes.All, DossierRated, .. Queue];

    /// <summary>All types as CloudEvents <c>type</c> values.</summary>
    public static IReadOnlyList<string> CloudEventTypes { get; } = [.. All.Select(t => CloudEventPrefix + t)];
}
