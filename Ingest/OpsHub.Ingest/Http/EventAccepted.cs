namespace OpsHub.Ingest.Http;

/// <summary>The answer to an event that was committed to the journal (or had been before).</summary>
/// <param name="DossierCode">The dossier it concerns.</param>
/// <param name="Outcome"><c>accepted</c>, or <c>duplicate</c> when the same event was journaled before.</param>
/// <param name="Seq">Its journal sequence number; follow <c>/api/v1/ingest/events/{seq}</c> to see it applied.</param>
public sealed record EventAccepted(string DossierCode, string Outcome, long? Seq);
