namespace OpsHub.Grains.Abstractions.Dossiers;

/// <summary>The applicant's satisfaction rating of a dossier's service.</summary>
/// <param name="DossierCode">The dossier.</param>
/// <param name="Rating">1 very satisfied (rất hài lòng), 2 satisfied (hài lòng), 3 not satisfied (không hài lòng).</param>
/// <param name="RatedAt">When it was given.</param>
/// <param name="JournalSeq">The ingest journal's number for the event; an event delivered again is a duplicate.</param>
[GenerateSerializer, Immutable, Alias("opshub.dossier-rating")]
public sealed record DossierRating(
    [property: Id(0)] string DossierCode,
    [property: Id(1)] int Rating,
    [property: Id(2)] DateTimeOffset RatedAt,
    [property: Id(3)] long JournalSeq);
