namespace OpsHub.Ingest.Http;

/// <summary>The answer to an accepted event.</summary>
/// <param name="DossierCode">The dossier it concerned.</param>
/// <param name="Outcome"><c>applied</c>, or <c>duplicate</c> when it had been applied before.</param>
public sealed record EventAccepted(string DossierCode, string Outcome);
