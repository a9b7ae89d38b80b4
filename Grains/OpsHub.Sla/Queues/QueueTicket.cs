namespace OpsHub.Sla.Queues;

/// <summary>A ticket waiting to be called.</summary>
/// <param name="Number">Its number, unique within the one-stop shop and day.</param>
/// <param name="IssueNo">Its place in the day's issue order, for ties.</param>
/// <param name="Field">The field (lĩnh vực) it waits for, if chosen at the kiosk.</param>
/// <param name="Counter">The counter it waits for, if chosen at the kiosk or by a transfer.</param>
/// <param name="Priority">Its priority category, if any.</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="WaitingSince">When its current wait began: issue, or the transfer that sent it back to waiting.</param>
/// <param name="Cycle">1 for the wait after issue, one more after each transfer; thresholds apply once per cycle.</param>
public sealed record QueueTicket(
    string Number,
    int IssueNo,
    string? Field,
    string? Counter,
    string? Priority,
    DateTimeOffset IssuedAt,
    DateTimeOffset WaitingSince,
    int Cycle)
{
    /// <summary>A transferred ticket has waited once already, so it goes first at its new counter.</summary>
    public bool Transferred => Cycle > 1;
}
