namespace OpsHub.Ingest.Portal;

/// <summary>One validated portal dossier sync record; <see cref="PortalRecordMapper"/> turns it into events.</summary>
/// <param name="DossierCode">MaHoSo.</param>
/// <param name="ProcedureCode">MaTTHC; may be <c>null</c> only for statuses 1 and 3, which imply no receipt.</param>
/// <param name="UnitCode">DonViXuLy when sent (the unit that must decide), else MaDonVi.</param>
/// <param name="Channel">KenhThucHien: 1 at the counter, 2 online, 3 by post; default 1.</param>
/// <param name="Status">TrangThaiHoSo, 1–10.</param>
/// <param name="SubmittedAt">NgayNopHoSo, when sent.</param>
/// <param name="ReceivedAt">NgayTiepNhan; present for every status that implies a receipt.</param>
/// <param name="DueAt">NgayHenTra, when sent. Kept for reconciliation; the SLA engine computes its own due date.</param>
/// <param name="DecidedAt">NgayKetThucXuLy, when sent; required for status 9.</param>
/// <param name="ReturnedAt">NgayTra, when sent; required for status 10.</param>
/// <param name="PaidOnline">DuocThanhToanTrucTuyen (0/1), when sent.</param>
public sealed record PortalRecord(
    string DossierCode,
    string? ProcedureCode,
    string? UnitCode,
    int Channel,
    int Status,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? ReturnedAt,
    bool? PaidOnline);
