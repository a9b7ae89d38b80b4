namespace OpsHub.Cli.Simulation;

/// <summary>Where and when an in-person dossier was taken in: at the counter that served its ticket, during the service.</summary>
/// <param name="CounterCode">The counter.</param>
/// <param name="ReceivedAt">The instant of receipt.</param>
internal sealed record CounterReceipt(string CounterCode, DateTimeOffset ReceivedAt);
