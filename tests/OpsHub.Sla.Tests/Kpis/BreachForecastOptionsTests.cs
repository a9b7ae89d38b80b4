using OpsHub.Sla.Kpis;

namespace OpsHub.Sla.Tests.Kpis;

public sealed class BreachForecastOptionsTests
{
    public static TheoryData<Action<BreachForecastOptions>, string> Unusable => new()
    {
        { o => o.HistoryWorkingDays = 0, "OpsHub:Kpis:BreachForecast:HistoryWorkingDays" },
        { o => o.MinimumSamples = 0, "OpsHub:Kpis:BreachForecast:MinimumSamples" },
        { o => o.MinimumSpread = TimeSpan.Zero, "OpsHub:Kpis:BreachForecast:MinimumSpread" },
        { o => o.Steepness = 0, "OpsHub:Kpis:BreachForecast:Steepness" },
        { o => o.BacklogWeight = 1.5, "OpsHub:Kpis:BreachForecast:BacklogWeight" },
        { o => o.Threshold = 1, "OpsHub:Kpis:BreachForecast:Threshold" },
    };

    [Theory]
    [MemberData(nameof(Unusable))]
    public void ValidateNamesTheSettingWhenUnusable(Action<BreachForecastOptions> change, string setting)
    {
        var options = new BreachForecastOptions();
        change(options);

        Should.Throw<ArgumentException>(options.Validate).Message.ShouldStartWith(setting);
    }

    [Fact]
    public void DefaultsAreUsableWhenNotConfigured() => Should.NotThrow(new BreachForecastOptions().Validate);
}
