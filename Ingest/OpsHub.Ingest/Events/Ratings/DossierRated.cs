namespace OpsHub.Ingest.Events.Ratings;

/// <summary>The applicant rated the service after the result was returned.</summary>
/// <param name="DossierCode">The dossier's code.</param>
/// <param name="OccurredAt">When the rating was given.</param>
/// <param name="Rating">The rating.</param>
public sealed record DossierRated(string DossierCode, DateTimeOffset OccurredAt, SatisfactionRating Rating) : IngestEvent(DossierCode, OccurredAt);
