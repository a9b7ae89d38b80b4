namespace OpsHub.Cli.Simulation;

/// <summary>A counter (quầy) of a unit's one-stop shop.</summary>
/// <param name="Code">Its code within the unit, e.g. <c>Q1</c>.</param>
/// <param name="Fields">The fields (lĩnh vực, the catalogue's field codes) it serves.</param>
internal sealed record ProvinceCounter(string Code, IReadOnlyList<string> Fields);
