namespace OpsHub.Sla.Kpis;

/// <summary>The names the screens show for 766 columns and bands, in Vietnamese and English.</summary>
public static class Score766Names
{
    /// <summary>The Vietnamese name of <paramref name="column"/>.</summary>
    public static string Vi(Score766Column column) => column switch
    {
        Score766Column.Publicity => "Công khai, minh bạch",
        Score766Column.Progress => "Tiến độ giải quyết",
        Score766Column.OnlineServices => "Dịch vụ công trực tuyến",
        Score766Column.OnlinePayment => "Thanh toán trực tuyến",
        Score766Column.Satisfaction => "Mức độ hài lòng",
        Score766Column.Digitisation => "Số hoá hồ sơ",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Unknown 766 column."),
    };

    /// <summary>The English name of <paramref name="column"/>.</summary>
    public static string En(Score766Column column) => column switch
    {
        Score766Column.Publicity => "Publicity and transparency",
        Score766Column.Progress => "Progress of handling",
        Score766Column.OnlineServices => "Online public services",
        Score766Column.OnlinePayment => "Online payment",
        Score766Column.Satisfaction => "Satisfaction",
        Score766Column.Digitisation => "Digitisation",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Unknown 766 column."),
    };

    /// <summary>The Vietnamese name of <paramref name="band"/>.</summary>
    public static string Vi(Score766Band band) => band switch
    {
        Score766Band.Excellent => "Xuất sắc",
        Score766Band.Good => "Tốt",
        Score766Band.Fair => "Khá",
        Score766Band.Average => "Trung bình",
        Score766Band.Weak => "Yếu",
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, "Unknown 766 band."),
    };

    /// <summary>The English name of <paramref name="band"/>.</summary>
    public static string En(Score766Band band) => band switch
    {
        Score766Band.Excellent => "Excellent",
        Score766Band.Good => "Good",
        Score766Band.Fair => "Fair",
        Score766Band.Average => "Average",
        Score766Band.Weak => "Weak",
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, "Unknown 766 band."),
    };

    /// <summary>The Vietnamese label of a <see cref="KpiCounts"/> member shown as a formula input.</summary>
    public static string InputVi(string name) => Inputs.TryGetValue(name, out var label) ? label.Vi : name;

    /// <summary>The English label of a <see cref="KpiCounts"/> member shown as a formula input.</summary>
    public static string InputEn(string name) => Inputs.TryGetValue(name, out var label) ? label.En : name;

    private static readonly Dictionary<string, (string Vi, string En)> Inputs = new(StringComparer.Ordinal)
    {
        [nameof(KpiCounts.Received)] = ("tiếp nhận", "received"),
        [nameof(KpiCounts.ReceivedOnline)] = ("trực tuyến", "online"),
        [nameof(KpiCounts.FullOnline)] = ("toàn trình", "fully online"),
        [nameof(KpiCounts.FeeBearing)] = ("có phí, lệ phí", "fee-bearing"),
        [nameof(KpiCounts.PaidOnline)] = ("thanh toán trực tuyến", "paid online"),
        [nameof(KpiCounts.InProgressWithinDeadline)] = ("đang giải quyết trong hạn", "in progress within deadline"),
        [nameof(KpiCounts.DoneEarly)] = ("trước hạn", "early"),
        [nameof(KpiCounts.DoneOnTime)] = ("đúng hạn", "on time"),
        [nameof(KpiCounts.Done)] = ("đã giải quyết", "completed"),
        [nameof(KpiCounts.Withdrawn)] = ("rút hồ sơ", "withdrawn"),
        [nameof(KpiCounts.RatedVerySatisfied)] = ("rất hài lòng", "very satisfied"),
        [nameof(KpiCounts.RatedSatisfied)] = ("hài lòng", "satisfied"),
        [nameof(KpiCounts.Rated)] = ("lượt đánh giá", "ratings"),
        [nameof(KpiCounts.DigitisedAtIntake)] = ("số hoá khi tiếp nhận", "digitised at intake"),
        [nameof(KpiCounts.ElectronicResult)] = ("kết quả điện tử", "electronic results"),
    };
}
