namespace OpsHub.Grains.Abstractions.Dossiers;

/// <summary>A dossier was received at a unit and its SLA clock starts.</summary>
/// <param name="DossierCode">The dossier's code (opaque).</param>
/// <param name="ProcedureCode">The administrative procedure (mã TTHC).</param>
/// <param name="UnitCode">The unit that must decide it.</param>
/// <param name="ReceivedAt">The instant of receipt, with its offset.</param>
/// <param name="ProcessingWorkingDays">The processing time in working days.</param>
[GenerateSerializer, Immutable, Alias("opshub.dossier-receipt")]
public sealed record DossierReceipt(
    [property: Id(0)] string DossierCode,
    [property: Id(1)] string ProcedureCode,
    [property: Id(2)] string UnitCode,
    [property: Id(3)] DateTimeOffset ReceivedAt,
    [property: Id(4)] decimal ProcessingWorkingDays);
