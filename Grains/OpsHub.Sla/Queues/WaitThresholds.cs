namespace OpsHub.Sla.Queues;

/// <summary>How long a ticket may wait before a warning, and before a critical alert.</summary>
/// <param name="Warning">Waiting this long raises a warning.</param>
/// <param name="Critical">Waiting this long raises a critical alert.</param>
public sealed record WaitThresholds(TimeSpan Warning, TimeSpan Critical);
