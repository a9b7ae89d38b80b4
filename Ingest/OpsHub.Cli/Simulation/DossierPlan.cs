namespace OpsHub.Cli.Simulation;

/// <summary>What was decided about a dossier before its story is written.</summary>
/// <param name="Code">The dossier code, <c>{unit}-{yyMMdd}-{5 digits}</c>.</param>
/// <param name="UnitCode">The unit that receives and decides it.</param>
/// <param name="ProcedureCode">Its procedure.</param>
/// <param name="ReceivedAt">Receipt, in the unit's working time.</param>
/// <param name="Channel">1 counter, 2 online.</param>
/// <param name="CounterCode">The counter that took it in, for in-person dossiers.</param>
/// <param name="Supplement">Whether a supplement is requested.</param>
/// <param name="Late">Whether it ends after its due date.</param>
/// <param name="ArrivedAt">When the applicant lodged it online or took a ticket for it at the kiosk.</param>
internal sealed record DossierPlan(
    string Code,
    string UnitCode,
    string ProcedureCode,
    DateTimeOffset ReceivedAt,
    int Channel,
    string? CounterCode,
    bool Supplement,
    bool Late,
    DateTimeOffset ArrivedAt);
