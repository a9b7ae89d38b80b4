namespace OpsHub.Cli.Simulation;

/// <summary>What one unit did on one day: its dossiers' whole stories, and its counters' and tickets' events.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="Day">The day.</param>
/// <param name="Stories">The dossiers received that day.</param>
/// <param name="QueueEvents">Counter and ticket events, in time order.</param>
internal sealed record UnitDay(string UnitCode, DateOnly Day, IReadOnlyList<DossierStory> Stories, IReadOnlyList<SimulatedEvent> QueueEvents);
