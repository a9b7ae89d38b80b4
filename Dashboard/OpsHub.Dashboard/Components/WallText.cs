namespace OpsHub.Dashboard.Components;

/// <summary>The wall's labels in Vietnamese (the default) and English.</summary>
public static class WallText
{
    private static readonly Dictionary<string, (string Vi, string En)> Labels = new(StringComparer.Ordinal)
    {
        ["updated"] = ("Cập nhật lúc", "Updated at"),
        ["received-today"] = ("Tiếp nhận hôm nay", "Received today"),
        ["open"] = ("Hồ sơ đang giải quyết", "Dossiers in progress"),
        ["due-soon"] = ("Sắp đến hạn", "Due soon"),
        ["overdue"] = ("Hồ sơ quá hạn", "Overdue dossiers"),
        ["on-time-month"] = ("Tỷ lệ đúng hạn tháng này", "On time this month"),
        ["done-today"] = ("Đã giải quyết hôm nay", "Completed today"),
        ["online-month"] = ("Nộp trực tuyến tháng này", "Lodged online this month"),
        ["satisfaction-month"] = ("Hài lòng tháng này", "Satisfied this month"),
        ["today-by-hour"] = ("Hôm nay theo giờ", "Today by hour"),
        ["month-by-day"] = ("Tháng này theo ngày", "This month by day"),
        ["received"] = ("Tiếp nhận", "Received"),
        ["done"] = ("Đã giải quyết", "Completed"),
        ["ranking"] = ("Xếp hạng đơn vị (tháng này)", "Units ranked (this month)"),
        ["unit"] = ("Đơn vị", "Unit"),
        ["on-time"] = ("Đúng hạn", "On time"),
        ["units"] = ("Chọn đơn vị", "Choose a unit"),
        ["language"] = ("English", "Tiếng Việt"),
        ["not-measured"] = ("chưa đo", "not measured"),
        ["no-unit"] = ("Không có đơn vị “{0}” trong cấu hình tổ chức.", "There is no unit “{0}” in the organisation's configuration."),
    };

    /// <summary>The label <paramref name="key"/> in English or Vietnamese.</summary>
    public static string Get(string key, bool english) =>
        Labels.TryGetValue(key, out var label) ? (english ? label.En : label.Vi) : key;
}
