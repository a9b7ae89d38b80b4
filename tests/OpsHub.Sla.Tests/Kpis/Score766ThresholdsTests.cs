using OpsHub.Sla.Kpis;

namespace OpsHub.Sla.Tests.Kpis;

public sealed class Score766ThresholdsTests
{
    [Theory]
    [InlineData(100, Score766Band.Excellent)]
    [InlineData(90, Score766Band.Excellent)]
    [InlineData(89.99, Score766Band.Good)]
    [InlineData(80, Score766Band.Good)]
    [InlineData(79.99, Score766Band.Fair)]
    [InlineData(70, Score766Band.Fair)]
    [InlineData(69.99, Score766Band.Average)]
    [InlineData(50, Score766Band.Average)]
    [InlineData(49.99, Score766Band.Weak)]
    [InlineData(0, Score766Band.Weak)]
    public void BandIsTheHighestReachedWhenDefaultThresholds(double score, Score766Band band) =>
        Score766Thresholds.Default.BandOf(score).ShouldBe(band);

    [Theory]
    [InlineData(Score766Band.Excellent, "Xuất sắc")]
    [InlineData(Score766Band.Good, "Tốt")]
    [InlineData(Score766Band.Fair, "Khá")]
    [InlineData(Score766Band.Average, "Trung bình")]
    [InlineData(Score766Band.Weak, "Yếu")]
    public void BandHasItsVietnameseNameWhenShown(Score766Band band, string name) => Score766Names.Vi(band).ShouldBe(name);

    [Fact]
    public void ConfiguredThresholdsApplyWhenChanged()
    {
        var policy = new Score766Options { ExcellentFrom = 95, GoodFrom = 85 }.ToPolicy();

        policy.Thresholds.BandOf(92).ShouldBe(Score766Band.Good);
        policy.Thresholds.BandOf(95).ShouldBe(Score766Band.Excellent);
    }
}
