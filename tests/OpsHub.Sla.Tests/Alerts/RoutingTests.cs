using OpsHub.Sla.Alerts;

namespace OpsHub.Sla.Tests.Alerts;

/// <summary>Who an alert goes to: the most specific route of its unit, then leaders, then the district.</summary>
public sealed class RoutingTests
{
    private static readonly AlertOptions Options = Build();

    [Theory]
    [InlineData(null, null, null, 0, "head")]
    [InlineData("DD", null, null, 0, "land")]
    [InlineData("HT", null, null, 0, "head")]
    [InlineData("DD", "Q05", null, 0, "q5")]
    [InlineData("DD", null, "Phòng TN-MT", 0, "tnmt")]
    [InlineData("DD", null, null, 1, "land,leader")]
    [InlineData(null, null, null, 2, "head,leader,district")]
    public void RecipientsFollowTheMostSpecificRouteWhenEscalatingAddsLeadersThenDistrict(string? field, string? counter, string? department, int level, string expected) =>
        Options.Recipients(new AlertSubjectRef("LD-PVHCC", field, counter, department), level).ShouldBe(expected.Split(','));

    [Fact]
    public void OnlyTheDistrictReceivesWhenTheUnitHasNoRoutes() =>
        Options.Recipients(new AlertSubjectRef("LD-ANNHUT", "HT", null, null), 2).ShouldBe(["district"]);

    [Theory]
    [InlineData("land", "LD-PVHCC", true)]
    [InlineData("land", "LD-ANNHUT", false)]
    [InlineData("district", "LD-ANNHUT", true)]
    [InlineData("nobody", "LD-PVHCC", false)]
    public void UsersSeeOnlyTheirUnitsWhenNotDistrict(string user, string unit, bool expected) =>
        Options.MaySee(user, unit).ShouldBe(expected);

    [Fact]
    public void ValidationFailsWhenAcknowledgeWithinIsNotPositive() =>
        Should.Throw<ArgumentException>(() => new AlertOptions { AcknowledgeWithin = TimeSpan.Zero }.Validate()).Message.ShouldContain("AcknowledgeWithin");

    private static AlertOptions Build()
    {
        var options = new AlertOptions();
        var unit = new UnitAlertRoutes();
        unit.Heads.Add("head");
        unit.Leaders.Add("leader");
        unit.Fields["DD"] = ["land"];
        unit.Counters["Q05"] = ["q5"];
        unit.Departments["Phòng TN-MT"] = ["tnmt"];
        options.Units["LD-PVHCC"] = unit;
        options.District.Add("district");
        return options;
    }
}
