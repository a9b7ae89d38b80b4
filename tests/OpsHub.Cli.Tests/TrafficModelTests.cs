using System.Text.Json;
using OpsHub.Cli.Simulation;
using OpsHub.Ingest.Events;

namespace OpsHub.Cli.Tests;

public sealed class TrafficModelTests
{
    private static readonly IReadOnlyList<DossierStory> Stories = TestData.TenDays(seed: 20261123);

    [Fact]
    public void SameEventsWhenSameSeed()
    {
        var end = TestData.Monday.AddDays(3);
        var first = TestData.Model(42).Events(TestData.Monday, end).Select(e => SimulatedEventJson.Write(e)).ToList();
        var second = TestData.Model(42).Events(TestData.Monday, end).Select(e => SimulatedEventJson.Write(e)).ToList();

        first.Count.ShouldBeGreaterThan(10_000);
        second.ShouldBe(first);
    }

    [Fact]
    public void DifferentEventsWhenDifferentSeed()
    {
        var end = TestData.Monday.AddHours(4);
        var first = TestData.Model(1).Events(TestData.Monday, end).Select(e => SimulatedEventJson.Write(e)).ToList();
        var second = TestData.Model(2).Events(TestData.Monday, end).Select(e => SimulatedEventJson.Write(e)).ToList();

        second.ShouldNotBe(first);
    }

    [Fact]
    public void EventsInTimeOrderAndWithinWindow()
    {
        var end = TestData.Monday.AddDays(2);
        var events = TestData.Model(5).Events(TestData.Monday.AddHours(2), end).ToList();

        events.ShouldNotBeEmpty();
        events.ShouldAllBe(e => e.OccurredAt >= TestData.Monday.AddHours(2) && e.OccurredAt < end);
        events.Zip(events.Skip(1)).ShouldAllBe(pair => pair.First.OccurredAt <= pair.Second.OccurredAt);
    }

    [Fact]
    public void SimulatesThousandsOfDossiers()
    {
        Stories.Count.ShouldBeGreaterThan(5_000);
        Stories.Select(s => s.Plan.Code).Distinct().Count().ShouldBe(Stories.Count);
    }

    [Fact]
    public void OnlineShareWithinSixtyToNinetyPercentWhenManyDossiers() =>
        Share(s => s.Plan.Channel == 2).ShouldBeInRange(0.60, 0.90);

    [Fact]
    public void SupplementShareWithinFiveToTenPercentWhenManyDossiers() =>
        Share(s => s.Events.Any(e => e.Type == "dossier.supplement-requested")).ShouldBeInRange(0.05, 0.10);

    [Fact]
    public void LateShareWithinOneToThreePercentWhenManyDossiers() =>
        Share(s => VietnamDate(s.CompletedAt) > VietnamDate(s.DueAt)).ShouldBeInRange(0.01, 0.03);

    [Fact]
    public void HoTichAndChungThucAreTheMostCommonFields()
    {
        var byField = Stories.GroupBy(s => s.Plan.ProcedureCode.Split('-')[0]).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();

        byField.Take(2).ShouldBe(["HT", "CT"], ignoreOrder: true);
    }

    [Fact]
    public void EveryDossierFollowsTheLegalOrder()
    {
        foreach (var story in Stories)
        {
            var types = story.Events.Select(e => e.Type).Where(t => t != "dossier.rated").ToList();
            types[0].ShouldBe(EventTypes.DossierReceived);
            types[^2].ShouldBe("dossier.completed");
            types[^1].ShouldBe("dossier.returned");
            story.Events.Zip(story.Events.Skip(1)).ShouldAllBe(p => p.First.OccurredAt < p.Second.OccurredAt);
            Before(types, "dossier.supplement-requested", "dossier.supplement-received");
            StepsStartBeforeTheyFinish(story);
        }
    }

    [Fact]
    public void StepsAreTheProcedureStepsInOrder()
    {
        foreach (var story in Stories.Take(500))
        {
            var expected = TestData.Catalogue.Get(story.Plan.ProcedureCode).Steps.Select(s => s.Code);
            story.Events.Where(e => e.Type == EventTypes.DossierStepStarted).Select(e => e.StepCode).ShouldBe(expected);
        }
    }

    [Fact]
    public void EveryInstantWithinWorkingHours()
    {
        foreach (var story in Stories)
        {
            var unit = TestData.LongDien.Units.Single(u => u.Code == story.Plan.UnitCode);
            var calendar = UnitCalendars.For(unit);
            foreach (var e in story.Events)
            {
                e.OccurredAt.Offset.ShouldBe(TimeSpan.FromHours(7));
                var local = TimeOnly.FromDateTime(e.OccurredAt.DateTime);
                calendar.IsWorkingDay(DateOnly.FromDateTime(e.OccurredAt.DateTime)).ShouldBeTrue(e.ToString());
                calendar.Hours.Periods.Any(p => local >= p.Start && local <= p.End).ShouldBeTrue(e.ToString());
            }
        }
    }

    [Fact]
    public void ArrivalsPerHourFollowTheProfile()
    {
        var communes = Stories.Where(s => s.Plan.UnitCode != "LD-PVHCC").ToList();
        var expected = HourlyProfile.ExpectedHourShares(Sla.Calendar.WorkingHours.Default);
        var counts = new double[24];
        foreach (var story in communes)
        {
            counts[story.Plan.ArrivedAt.Hour]++;
        }

        for (var hour = 0; hour < 24; hour++)
        {
            (counts[hour] / communes.Count).ShouldBe(expected[hour], 0.015, $"hour {hour}");
        }

        Array.IndexOf(counts, counts.Max()).ShouldBe(9);
        counts[12].ShouldBe(0);
    }

    [Fact]
    public void EventJsonIsWhatOpsHubParses()
    {
        foreach (var e in Stories.Take(200).SelectMany(s => s.Events).Where(e => e.IsDossierEvent))
        {
            using var json = JsonDocument.Parse(SimulatedEventJson.Write(e));
            EventParser.Parse(json.RootElement, out var errors).ShouldNotBeNull(string.Join("; ", errors.Select(x => $"{x.Key}: {string.Join(" ", x.Value)}")));
        }
    }

    private static double Share(Func<DossierStory, bool> predicate) => Stories.Count(predicate) / (double)Stories.Count;

    private static DateOnly VietnamDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(TimeSpan.FromHours(7)).DateTime);

    private static void Before(List<string> types, string first, string second)
    {
        var a = types.IndexOf(first);
        var b = types.IndexOf(second);
        (a < 0).ShouldBe(b < 0);
        if (a >= 0)
        {
            a.ShouldBeLessThan(b);
        }
    }

    private static void StepsStartBeforeTheyFinish(DossierStory story)
    {
        string? open = null;
        foreach (var e in story.Events.Where(e => e.StepCode is not null))
        {
            if (e.Type == EventTypes.DossierStepStarted)
            {
                open.ShouldBeNull();
                open = e.StepCode;
            }
            else
            {
                e.StepCode.ShouldBe(open);
                open = null;
            }
        }

        open.ShouldBeNull();
    }
}
