namespace OpsHub.Sla.Queues;

/// <summary>A waiting-time alert of a one-stop shop.</summary>
/// <param name="Key">Its key within the shop, stable for one ticket's wait cycle or one closure of a counter.</param>
/// <param name="Kind">What it is about.</param>
/// <param name="DueAt">The instant the threshold was crossed, or the counter closed.</param>
/// <param name="Ticket">The ticket, for a waiting-time alert.</param>
/// <param name="Counter">The counter: the one that closed, or the one the ticket waits for.</param>
/// <param name="Field">The field concerned, if known.</param>
public sealed record QueueAlert(string Key, QueueAlertKind Kind, DateTimeOffset DueAt, string? Ticket, string? Counter, string? Field);
