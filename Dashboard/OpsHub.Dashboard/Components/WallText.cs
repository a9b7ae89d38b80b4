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
        ["predicted-late"] = ("Dự báo trễ hạn", "Predicted late"),
        ["score766"] = ("Chỉ số 766 năm nay", "766 index this year"),
        ["score-over"] = ("trên {0} điểm đo được", "over {0} measurable points"),
        ["band"] = ("Xếp loại", "Band"),
        ["column"] = ("Tiêu chí", "Column"),
        ["points"] = ("Điểm", "Points"),
        ["formula"] = ("Công thức", "Formula"),
        ["inputs"] = ("Số liệu", "Inputs"),
        ["due-at"] = ("Hạn", "Due"),
        ["none"] = ("Không có", "None"),
        ["more"] = ("và {0} hồ sơ khác", "and {0} more"),
        ["forecast-summary"] = ("{0} trên {1} hồ sơ đang giải quyết; {2} đang tạm dừng không dự báo", "{0} of {1} open dossiers; {2} paused, not forecast"),
        ["chance"] = ("khả năng trễ", "chance of missing"),
        ["queues"] = ("Xếp hàng tại Bộ phận Một cửa", "Queues at the one-stop shops"),
        ["waiting"] = ("Đang chờ", "Waiting"),
        ["longest-wait"] = ("Chờ lâu nhất", "Longest wait"),
        ["counters-open"] = ("Quầy mở", "Counters open"),
        ["alerts"] = ("Cảnh báo mới nhất", "Latest alerts"),
        ["no-alerts"] = ("Không có cảnh báo đang mở", "No open alerts"),
        ["minutes"] = ("{0} phút", "{0} min"),
        ["no-unit"] = ("Không có đơn vị “{0}” trong cấu hình tổ chức.", "There is no unit “{0}” in the organisation's configuration."),
        ["not-yours"] = ("Đơn vị “{0}” không thuộc phạm vi tài khoản của bạn.", "Unit “{0}” is outside your account's units."),
    };

    /// <summary>The label <paramref name="key"/> in English or Vietnamese.</summary>
    public static string Get(string key, bool english) =>
        Labels.TryGetValue(key, out var label) ? (english ? label.En : label.Vi) : key;
}
