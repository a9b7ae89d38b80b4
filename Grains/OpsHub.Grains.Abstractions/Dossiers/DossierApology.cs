namespace OpsHub.Grains.Abstractions.Dossiers;

/// <summary>An apology slip with a new promised date (phiếu xin lỗi và hẹn lại ngày trả kết quả).</summary>
/// <param name="DossierCode">The dossier's code.</param>
/// <param name="IssuedAt">When the slip was issued.</param>
/// <param name="PromisedAt">The new promised return instant.</param>
/// <param name="JournalSeq">The ingest journal's sequence number of the event; an event applied before is a duplicate. 0 when not journaled.</param>
[GenerateSerializer, Immutable, Alias("opshub.dossier-apology")]
public sealed record DossierApology(
    [property: Id(0)] string DossierCode,
    [property: Id(1)] DateTimeOffset IssuedAt,
    [property: Id(2)] DateTimeOffset PromisedAt,
    [property: Id(3)] long JournalSeq = 0);
