namespace OpsHub.Ingest.Events.Counters;

/// <summary>A queue ticket (số thứ tự) was issued, usually at a kiosk; waiting time starts.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="TicketNumber">The ticket's number, unique within the unit and day.</param>
/// <param name="CounterCode">The counter it is queued for, when the kiosk chose one.</param>
/// <param name="FieldCode">The procedure field (lĩnh vực) it is queued for, when chosen instead of a counter.</param>
/// <param name="PriorityCategory">A priority category (for example <c>elderly</c>, <c>disabled</c>, <c>pregnant</c>), or <c>null</c>.</param>
public sealed record TicketIssued(
    string UnitCode,
    DateTimeOffset OccurredAt,
    string TicketNumber,
    string? CounterCode,
    string? FieldCode,
    string? PriorityCategory) : QueueEvent(UnitCode, OccurredAt);
