namespace OpsHub.Grains.Abstractions.Dossiers;

/// <summary>A dossier was received at a unit and its SLA clock starts.</summary>
/// <param name="DossierCode">The dossier's code (opaque).</param>
/// <param name="ProcedureCode">The administrative procedure (mã TTHC); must be in the procedure catalogue.</param>
/// <param name="UnitCode">The unit that must decide it.</param>
/// <param name="ReceivedAt">The instant of receipt, with its offset.</param>
/// <param name="ProcessingWorkingDays">
/// The processing time the unit declared, in working days; <c>null</c> to use the catalogue's for the channel.
/// </param>
/// <param name="Channel">How it was lodged.</param>
/// <param name="JournalSeq">The ingest journal's sequence number of the event; an event applied before is a duplicate. 0 when not journaled.</param>
[GenerateSerializer, Immutable, Alias("opshub.dossier-receipt")]
public sealed record DossierReceipt(
    [property: Id(0)] string DossierCode,
    [property: Id(1)] string ProcedureCode,
    [property: Id(2)] string UnitCode,
    [property: Id(3)] DateTimeOffset ReceivedAt,
    [property: Id(4)] decimal? ProcessingWorkingDays,
    [property: Id(5)] DossierChannel Channel = DossierChannel.Counter,
    [property: Id(6)] long JournalSeq = 0);
