namespace OpsHub.Sla.Queues;

/// <summary>A ticket called to a counter and not yet completed, marked no-show or transferred.</summary>
/// <param name="Ticket">The ticket as it waited.</param>
/// <param name="Counter">The counter that called it.</param>
/// <param name="CalledAt">When it was called.</param>
/// <param name="ServingSince">When service started, once it has.</param>
public sealed record TicketAtCounter(QueueTicket Ticket, string Counter, DateTimeOffset CalledAt, DateTimeOffset? ServingSince);
