using System.Globalization;
using OpsHub.Dashboard.Components;
using OpsHub.Grains.Abstractions.Alerts;

namespace OpsHub.Dashboard.Alerts;

/// <summary>Vietnamese labels and Vietnam-time formatting for the alert view.</summary>
public static class AlertLabels
{
    public static string Kind(AlertKind kind) => kind switch
    {
        AlertKind.DossierOverdue => "Hồ sơ quá hạn",
        AlertKind.ElapsedWarning => "Hồ sơ sắp đến hạn",
        AlertKind.DueToday => "Hồ sơ đến hạn hôm nay",
        AlertKind.LateWithoutApology => "Trễ hạn chưa có văn bản xin lỗi",
        AlertKind.StepOverdue => "Bước xử lý quá hạn",
        AlertKind.WaitingWarning => "Công dân chờ lâu",
        AlertKind.WaitingCritical => "Công dân chờ quá lâu",
        AlertKind.CounterClosedWithQueue => "Quầy đóng khi còn người chờ",
        _ => "Cảnh báo",
    };

    /// <summary>The English name of <paramref name="kind"/>, for the wall's English labels.</summary>
    public static string KindEn(AlertKind kind) => kind switch
    {
        AlertKind.DossierOverdue => "Dossier overdue",
        AlertKind.ElapsedWarning => "Dossier due soon",
        AlertKind.DueToday => "Dossier due today",
        AlertKind.LateWithoutApology => "Late without an apology letter",
        AlertKind.StepOverdue => "Step overdue",
        AlertKind.WaitingWarning => "Citizens waiting long",
        AlertKind.WaitingCritical => "Citizens waiting too long",
        AlertKind.CounterClosedWithQueue => "Counter closed with people waiting",
        _ => "Alert",
    };

    public static string Severity(AlertSeverity severity) => severity == AlertSeverity.Critical ? "Khẩn" : "Cảnh báo";

    public static string State(AlertState state) => state switch
    {
        AlertState.Open => "Chưa xác nhận",
        AlertState.Acknowledged => "Đã xác nhận",
        _ => "Đã xử lý xong",
    };

    public static string Level(int level) => level switch
    {
        0 => "Trưởng bộ phận",
        1 => "Đã báo lãnh đạo đơn vị",
        _ => "Đã báo lãnh đạo huyện",
    };

    /// <summary>dd/MM/yyyy HH:mm in Vietnam's time.</summary>
    public static string Time(DateTimeOffset? at) =>
        at is { } t ? TimeZoneInfo.ConvertTime(t, VietnamZone.Zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : "";
}
