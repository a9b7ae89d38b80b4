namespace OpsHub.Silo.Tests.Reliability;

/// <summary>An event a silo answered with 2xx: event <paramref name="Index"/> of dossier <paramref name="DossierCode"/>.</summary>
internal sealed record AcknowledgedEvent(string DossierCode, int Index, int Status, DateTimeOffset At);
