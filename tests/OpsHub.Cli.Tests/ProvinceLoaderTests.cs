using OpsHub.Cli.Simulation;

namespace OpsHub.Cli.Tests;

public sealed class ProvinceLoaderTests
{
    [Theory]
    [InlineData("""{"name":"x","units":[{"code":"U","name":"u","dailyVolume":10,"counters":[]}]}""", "'counters' must list 1 to 100 counters")]
    [InlineData("""{"name":"x","units":[{"code":"U","name":"u","dailyVolume":10,"counters":[{"code":"Q1","fields":[]}]}]}""", "counter 'Q1' is unnamed, listed twice or serves no field")]
    [InlineData("""{"name":"x","units":[{"code":"U","name":"u","dailyVolume":10,"counters":[{"code":"Q1","fields":["HT"]},{"code":"Q1","fields":["CT"]}]}]}""", "counter 'Q1' is unnamed, listed twice")]
    [InlineData("""{"name":"x","units":[{"code":"U","name":"u","dailyVolume":10,"counters":3}]}""", "not a valid province file")]
    public void NamesTheUnitAndCounterWhenCountersAreWrong(string json, string message) =>
        Should.Throw<InvalidDataException>(() => ProvinceLoader.Parse(json, "p.json")).Message.ShouldContain(message);

    [Fact]
    public void EveryShippedCounterServesCatalogueFields()
    {
        var fields = TestData.Catalogue.Fields.Select(f => f.Code).ToHashSet(StringComparer.Ordinal);

        TestData.LongDien.Units.SelectMany(u => u.Counters).SelectMany(c => c.Fields).ShouldAllBe(f => fields.Contains(f));
        TestData.LongDien.Units.ShouldAllBe(u => fields.All(f => u.Counters.Any(c => c.Fields.Contains(f))));
    }
}
