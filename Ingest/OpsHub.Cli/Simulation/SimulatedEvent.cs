namespace OpsHub.Cli.Simulation;

/// <summary>One OpsHub event the simulator produced, ready to be written as JSON.</summary>
/// <param name="Type">The event type, one of <c>OpsHub.Ingest.Events.EventTypes</c>.</param>
/// <param name="DossierCode">The dossier it concerns.</param>
/// <param name="OccurredAt">The simulated instant, in +07:00.</param>
/// <param name="ProcedureCode">For receipts: the procedure.</param>
/// <param name="UnitCode">For receipts: the unit.</param>
/// <param name="Channel">For receipts: 1 counter, 2 online.</param>
/// <param name="StepCode">For step events: the internal step.</param>
/// <param name="Officer">For step events: who did it, when named.</param>
internal sealed record SimulatedEvent(
    string Type,
    string DossierCode,
    DateTimeOffset OccurredAt,
    string? ProcedureCode = null,
    string? UnitCode = null,
    int? Channel = null,
    string? StepCode = null,
    string? Officer = null);
