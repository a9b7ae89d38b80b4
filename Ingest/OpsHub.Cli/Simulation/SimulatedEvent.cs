using OpsHub.Ingest.Events.Parsing;

namespace OpsHub.Cli.Simulation;

/// <summary>One OpsHub event the simulator produced, ready to be written as JSON.</summary>
/// <param name="Type">The event type, one of <c>OpsHub.Ingest.Events.Parsing.RecordTypes.All</c>.</param>
/// <param name="DossierCode">The dossier it concerns; <c>null</c> for counter and ticket events.</param>
/// <param name="OccurredAt">The simulated instant, in +07:00.</param>
/// <param name="ProcedureCode">For receipts: the procedure.</param>
/// <param name="UnitCode">For receipts, counters and tickets: the unit.</param>
/// <param name="Channel">For receipts: 1 counter, 2 online.</param>
/// <param name="StepCode">For step events: the internal step.</param>
/// <param name="Officer">For step events: who did it, when named.</param>
/// <param name="CounterCode">For in-person receipts, counters and tickets: the counter (for a transfer, the one it leaves).</param>
/// <param name="TicketNumber">For tickets: the number, unique in the unit for the day.</param>
/// <param name="FieldCode">For issued tickets: the field (lĩnh vực) asked for.</param>
/// <param name="PriorityCategory">For issued tickets with priority: elderly, disabled or pregnant.</param>
/// <param name="ToCounterCode">For transfers: the counter it goes to.</param>
/// <param name="Rating">For ratings: very-satisfied, satisfied or not-satisfied.</param>
internal sealed record SimulatedEvent(
    string Type,
    string? DossierCode,
    DateTimeOffset OccurredAt,
    string? ProcedureCode = null,
    string? UnitCode = null,
    int? Channel = null,
    string? StepCode = null,
    string? Officer = null,
    string? CounterCode = null,
    string? TicketNumber = null,
    string? FieldCode = null,
    string? PriorityCategory = null,
    string? ToCounterCode = null,
    string? Rating = null)
{
    /// <summary>Whether this is one of the dossier events every OpsHub stores (not a rating, counter or ticket event).</summary>
    public bool IsDossierEvent => DossierCode is not null && Type != RecordTypes.DossierRated;

    /// <summary>A short name for messages: the type and the dossier, or the unit and ticket or counter.</summary>
    public string Label => DossierCode is not null ? $"{Type} {DossierCode}" : $"{Type} {UnitCode} {TicketNumber ?? CounterCode}";
}
