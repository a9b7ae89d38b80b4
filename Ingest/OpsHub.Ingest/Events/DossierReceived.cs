namespace OpsHub.Ingest.Events;

/// <summary>A dossier was received (tiếp nhận); its SLA clock starts.</summary>
/// <param name="DossierCode">The dossier's code.</param>
/// <param name="OccurredAt">When it was received.</param>
/// <param name="ProcedureCode">The procedure (mã TTHC).</param>
/// <param name="UnitCode">The unit that must decide it.</param>
/// <param name="ProcessingWorkingDays">The unit's declared processing time, or <c>null</c> for the catalogue's.</param>
/// <param name="Channel">KenhThucHien: 1 at the counter, 2 online, 3 by post.</param>
/// <param name="CounterCode">The counter (quầy) that took it in, for dossiers received at a counter; <c>null</c> when unknown.</param>
public sealed record DossierReceived(
    string DossierCode,
    DateTimeOffset OccurredAt,
    string ProcedureCode,
    string UnitCode,
    decimal? ProcessingWorkingDays,
    int Channel = 1,
    string? CounterCode = null) : IngestEvent(DossierCode, OccurredAt);
