namespace OpsHub.Ingest.Portal;

/// <summary>Field names of the National Public Service Portal (DVCQG) dossier sync record, as the portal spells them.</summary>
public static class PortalFields
{
    public const string DossierCode = "MaHoSo";
    public const string ProcedureCode = "MaTTHC";
    public const string UnitCode = "MaDonVi";
    public const string ProcessingUnit = "DonViXuLy";
    public const string Channel = "KenhThucHien";
    public const string SubmittedAt = "NgayNopHoSo";
    public const string ReceivedAt = "NgayTiepNhan";
    public const string DueAt = "NgayHenTra";
    public const string Status = "TrangThaiHoSo";
    public const string DecidedAt = "NgayKetThucXuLy";
    public const string ReturnedAt = "NgayTra";
    public const string PaidOnline = "DuocThanhToanTrucTuyen";
}
