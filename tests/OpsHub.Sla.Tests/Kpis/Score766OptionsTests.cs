using OpsHub.Sla.Kpis;

namespace OpsHub.Sla.Tests.Kpis;

public sealed class Score766OptionsTests
{
    public static TheoryData<string, Action<Score766Options>, string> Unusable => new()
    {
        { "weights over 100", o => o.Progress.Weight = 25, "OpsHub:Kpis:Score766: the six column weights" },
        { "negative weight", o => o.Publicity.Weight = -1, "OpsHub:Kpis:Score766:Publicity:Weight" },
        { "shares under 1", o => o.OnlineServices.SubIndicators[Score766Indicator.FullOnlineShare] = 0.2, "OpsHub:Kpis:Score766:OnlineServices:SubIndicators" },
        { "negative share", o => o.Satisfaction.SubIndicators[Score766Indicator.OnTimeRate] = -0.5, "OpsHub:Kpis:Score766:Satisfaction:SubIndicators" },
        { "unordered bands", o => o.GoodFrom = 95, "AverageFrom < FairFrom < GoodFrom < ExcellentFrom" },
        { "excellent over 100", o => o.ExcellentFrom = 101, "ExcellentFrom ≤ 100" },
        { "missing column", o => o.Digitisation = null!, "OpsHub:Kpis:Score766:Digitisation is missing" },
    };

    [Theory]
    [MemberData(nameof(Unusable))]
    public void ValidateNamesTheSettingWhenUnusable(string name, Action<Score766Options> change, string message)
    {
        var options = new Score766Options();
        change(options);

        Should.Throw<ArgumentException>(options.Validate, name).Message.ShouldContain(message);
    }

    [Fact]
    public void DefaultsFollowDecision766WhenNotConfigured()
    {
        var policy = Score766Policy.Default;

        policy.Columns.Select(c => (c.Column, c.Weight)).ShouldBe(
        [
            (Score766Column.Publicity, 18), (Score766Column.Progress, 20), (Score766Column.OnlineServices, 12),
            (Score766Column.OnlinePayment, 10), (Score766Column.Satisfaction, 18), (Score766Column.Digitisation, 22),
        ]);
        policy.Thresholds.ShouldBe(new Score766Thresholds(90, 80, 70, 50));
    }

    [Fact]
    public void ZeroShareLeavesSubIndicatorOutWhenConfigured()
    {
        var options = new Score766Options();
        options.Digitisation.SubIndicators[Score766Indicator.DigitisedShare] = 1;
        options.Digitisation.SubIndicators[Score766Indicator.ElectronicResultShare] = 0;

        options.ToPolicy().Columns.Single(c => c.Column == Score766Column.Digitisation).Parts.ShouldBe([new Score766Part(Score766Indicator.DigitisedShare, 1)]);
    }
}
