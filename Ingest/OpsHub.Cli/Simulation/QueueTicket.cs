namespace OpsHub.Cli.Simulation;

/// <summary>A ticket taken at a unit's kiosk.</summary>
/// <param name="IssuedAt">When it was taken.</param>
/// <param name="FieldCode">The field asked for.</param>
/// <param name="Dossier">The index of the in-person dossier it brings, or <c>null</c> for a question or a collection.</param>
internal sealed record QueueTicket(DateTimeOffset IssuedAt, string FieldCode, int? Dossier);
