namespace OpsHub.Cli.Simulation;

/// <summary>A province (or district) whose traffic is simulated: its units and their volumes.</summary>
/// <param name="Name">Its name, for people.</param>
/// <param name="Units">Its units, in file order.</param>
internal sealed record Province(string Name, IReadOnlyList<ProvinceUnit> Units);
