namespace OpsHub.Grains.Abstractions.Kpis;

/// <summary>An open dossier on the wall's overdue or due-soon list.</summary>
/// <param name="Code">The dossier code.</param>
/// <param name="UnitCode">Its unit.</param>
/// <param name="UnitName">The unit's name.</param>
/// <param name="ProcedureCode">Its procedure.</param>
/// <param name="ProcedureName">The procedure's name.</param>
/// <param name="DueAt">Its due instant.</param>
/// <param name="StepName">The internal step it is in or waiting for, if any.</param>
[GenerateSerializer, Immutable, Alias("opshub.watched-dossier")]
public sealed record WatchedDossier(
    [property: Id(0)] string Code,
    [property: Id(1)] string UnitCode,
    [property: Id(2)] string UnitName,
    [property: Id(3)] string ProcedureCode,
    [property: Id(4)] string ProcedureName,
    [property: Id(5)] DateTimeOffset DueAt,
    [property: Id(6)] string? StepName);
