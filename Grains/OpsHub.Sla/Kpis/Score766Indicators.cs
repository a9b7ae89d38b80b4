namespace OpsHub.Sla.Kpis;

/// <summary>Evaluates the 766 sub-indicators on <see cref="KpiCounts"/>, with the formula and inputs behind each.</summary>
public static class Score766Indicators
{
    /// <summary>Evaluates <paramref name="indicator"/> on <paramref name="counts"/>.</summary>
    public static Score766Reading Read(Score766Indicator indicator, KpiCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return indicator switch
        {
            Score766Indicator.Publicity => new(indicator, null, "Công khai, minh bạch: OpsHub không quan sát được (chưa đo)", "Publicity and transparency: not observable by OpsHub (not measured)", []),
            Score766Indicator.Progress => Progress(counts),
            Score766Indicator.OnTimeRate => Share(
                indicator, counts.OnTimeRate, "(trước hạn + đúng hạn) ÷ đã giải quyết", "(early + on time) ÷ completed",
                ("DoneEarly", counts.DoneEarly), ("DoneOnTime", counts.DoneOnTime), ("Done", counts.Done)),
            Score766Indicator.OnlineShare => Share(
                indicator, counts.OnlineShare, "hồ sơ trực tuyến ÷ hồ sơ tiếp nhận", "received online ÷ received",
                ("ReceivedOnline", counts.ReceivedOnline), ("Received", counts.Received)),
            Score766Indicator.FullOnlineShare => Share(
                indicator, counts.FullOnlineShare, "hồ sơ trực tuyến toàn trình ÷ hồ sơ tiếp nhận", "received fully online ÷ received",
                ("FullOnline", counts.FullOnline), ("Received", counts.Received)),
            Score766Indicator.PaidOnlineShare => Share(
                indicator, counts.PaidOnlineShare, "hồ sơ thanh toán trực tuyến ÷ hồ sơ có phí, lệ phí", "paid online ÷ fee-bearing",
                ("PaidOnline", counts.PaidOnline), ("FeeBearing", counts.FeeBearing)),
            Score766Indicator.SatisfactionRate => Share(
                indicator, counts.SatisfactionRate, "(rất hài lòng + hài lòng) ÷ lượt đánh giá", "(very satisfied + satisfied) ÷ ratings",
                ("RatedVerySatisfied", counts.RatedVerySatisfied), ("RatedSatisfied", counts.RatedSatisfied), ("Rated", counts.Rated)),
            Score766Indicator.DigitisedShare => Share(
                indicator, counts.DigitisedShare, "hồ sơ số hoá khi tiếp nhận ÷ hồ sơ tiếp nhận", "digitised at intake ÷ received",
                ("DigitisedAtIntake", counts.DigitisedAtIntake), ("Received", counts.Received)),
            Score766Indicator.ElectronicResultShare => Share(
                indicator, counts.ElectronicResultShare, "kết quả điện tử ÷ đã giải quyết", "electronic results ÷ completed",
                ("ElectronicResult", counts.ElectronicResult), ("Done", counts.Done)),
            _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "Unknown 766 sub-indicator."),
        };
    }

    // In progress is a gauge that includes dossiers received before the period, so the ratio can pass 1 early in a
    // period; the share is capped at 1 (full marks), never more.
    private static Score766Reading Progress(KpiCounts c)
    {
        var numerator = c.InProgressWithinDeadline + c.DoneEarly + c.DoneOnTime + c.Withdrawn;
        double? value = c.Received == 0 ? null : Math.Min(1, (double)numerator / c.Received);
        return Share(
            Score766Indicator.Progress,
            value,
            "(đang giải quyết trong hạn + trước hạn + đúng hạn + rút hồ sơ) ÷ hồ sơ tiếp nhận, tối đa 1",
            "(in progress within deadline + early + on time + withdrawn) ÷ received, at most 1",
            ("InProgressWithinDeadline", c.InProgressWithinDeadline), ("DoneEarly", c.DoneEarly), ("DoneOnTime", c.DoneOnTime), ("Withdrawn", c.Withdrawn), ("Received", c.Received));
    }

    private static Score766Reading Share(Score766Indicator indicator, double? value, string vi, string en, params (string Name, long? Value)[] inputs) =>
        new(indicator, value, vi, en, [.. inputs.Select(i => new Score766Input(i.Name, i.Value))]);
}
