namespace OpsHub.Cli.Simulation;

/// <summary>A dossier's whole simulated life.</summary>
/// <param name="Plan">What was decided about it.</param>
/// <param name="DueAt">Its due instant, moved by the supplement pause as its procedure's pause mode says.</param>
/// <param name="CompletedAt">When it was completed (status 9).</param>
/// <param name="Events">Its events, in time order.</param>
internal sealed record DossierStory(DossierPlan Plan, DateTimeOffset DueAt, DateTimeOffset CompletedAt, IReadOnlyList<SimulatedEvent> Events);
