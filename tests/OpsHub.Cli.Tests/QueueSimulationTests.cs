using OpsHub.Cli.Simulation;
using OpsHub.Ingest.Events.Parsing;

namespace OpsHub.Cli.Tests;

/// <summary>The simulated counters, tickets and ratings: consistent lifecycles and plausible shares.</summary>
public sealed class QueueSimulationTests
{
    private static readonly IReadOnlyList<UnitDay> Days = [.. Enumerable.Range(0, 14)
        .SelectMany(d => TestData.Model(20261124).UnitDays(DateOnly.FromDateTime(TestData.Monday.DateTime).AddDays(d)))];

    private static readonly IReadOnlyList<SimulatedEvent> Issued = [.. Days.SelectMany(d => d.QueueEvents).Where(e => e.Type == RecordTypes.TicketIssued)];

    [Fact]
    public void SameQueueEventsWhenSameSeed()
    {
        var day = DateOnly.FromDateTime(TestData.Monday.DateTime);

        var first = TestData.Model(8).UnitDays(day).SelectMany(d => d.QueueEvents).Select(e => SimulatedEventJson.Write(e)).ToList();
        var second = TestData.Model(8).UnitDays(day).SelectMany(d => d.QueueEvents).Select(e => SimulatedEventJson.Write(e)).ToList();

        first.Count.ShouldBeGreaterThan(500);
        second.ShouldBe(first);
    }

    [Fact]
    public void EveryTicketIsIssuedOnceBeforeAnythingElseHappensToIt()
    {
        foreach (var day in Days)
        {
            var issued = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            foreach (var e in day.QueueEvents.Where(e => e.TicketNumber is not null))
            {
                if (e.Type == RecordTypes.TicketIssued)
                {
                    issued.TryAdd(e.TicketNumber!, e.OccurredAt).ShouldBeTrue($"{day.UnitCode} {day.Day} ticket {e.TicketNumber} issued twice");
                }
                else
                {
                    issued.ShouldContainKey(e.TicketNumber!, $"{day.UnitCode} {day.Day}: {e}");
                    e.OccurredAt.ShouldBeGreaterThan(issued[e.TicketNumber!]);
                }
            }
        }
    }

    [Fact]
    public void QueueEventsOfADayAreInTimeOrder()
    {
        foreach (var day in Days)
        {
            day.QueueEvents.Zip(day.QueueEvents.Skip(1)).ShouldAllBe(p => p.First.OccurredAt <= p.Second.OccurredAt);
        }
    }

    [Fact]
    public void NoCounterServesTwoTicketsAtOnceAndOnlyWhileOpen()
    {
        foreach (var day in Days)
        {
            foreach (var counter in day.QueueEvents.Where(e => e.CounterCode is not null).GroupBy(e => e.CounterCode!))
            {
                var open = false;
                string? current = null;
                foreach (var e in counter)
                {
                    var where = $"{day.UnitCode} {day.Day} {counter.Key}: {e}";
                    switch (e.Type)
                    {
                        case RecordTypes.CounterOpened:
                            open.ShouldBeFalse(where);
                            open = true;
                            break;
                        case RecordTypes.CounterClosed:
                            open.ShouldBeTrue(where);
                            current.ShouldBeNull(where);
                            open = false;
                            break;
                        case RecordTypes.TicketCalled:
                            open.ShouldBeTrue(where);
                            current.ShouldBeNull(where);
                            current = e.TicketNumber;
                            break;
                        case RecordTypes.TicketServing:
                            current.ShouldBe(e.TicketNumber, where);
                            break;
                        default:
                            current.ShouldBe(e.TicketNumber, where);
                            current = null;
                            break;
                    }
                }

                open.ShouldBeFalse($"{day.UnitCode} {day.Day} {counter.Key} never closed");
            }
        }
    }

    [Fact]
    public void TicketsAskForCatalogueFieldsServedByTheUnitsCounters()
    {
        var catalogueFields = TestData.Catalogue.Fields.Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var ticket in Issued)
        {
            catalogueFields.ShouldContain(ticket.FieldCode!);
            TestData.LongDien.Units.Single(u => u.Code == ticket.UnitCode).Counters.ShouldContain(c => c.Fields.Contains(ticket.FieldCode!));
        }
    }

    [Fact]
    public void PriorityShareWithinFiveToTenPercentWhenManyTickets() =>
        (Issued.Count(t => t.PriorityCategory is not null) / (double)Issued.Count).ShouldBeInRange(0.05, 0.10);

    [Fact]
    public void NoShowShareWithinThreeToFivePercentWhenManyTickets() =>
        (Count(RecordTypes.TicketNoShow) / (double)Issued.Count).ShouldBeInRange(0.03, 0.05);

    [Fact]
    public void AFewTicketsAreTransferredToAnotherCounter()
    {
        var transfers = Days.SelectMany(d => d.QueueEvents).Where(e => e.Type == RecordTypes.TicketTransferred).ToList();

        transfers.Count.ShouldBeGreaterThan(0);
        (transfers.Count / (double)Issued.Count).ShouldBeLessThan(0.03);
        transfers.ShouldAllBe(t => t.ToCounterCode != null && t.ToCounterCode != t.CounterCode);
    }

    [Fact]
    public void InPersonDossiersAreReceivedAtACounterServingTheirField()
    {
        foreach (var day in Days)
        {
            var unit = TestData.LongDien.Units.Single(u => u.Code == day.UnitCode);
            foreach (var story in day.Stories)
            {
                var received = story.Events[0];
                if (story.Plan.Channel == 2)
                {
                    received.CounterCode.ShouldBeNull();
                    continue;
                }

                var field = TestData.Catalogue.Get(story.Plan.ProcedureCode).FieldCode;
                unit.Counters.Single(c => c.Code == received.CounterCode).Fields.ShouldContain(field);
                story.Plan.ReceivedAt.ShouldBeGreaterThan(story.Plan.ArrivedAt);
            }
        }
    }

    [Fact]
    public void RatingsComeAfterReturnAndAreMostlySatisfied()
    {
        var stories = Days.SelectMany(d => d.Stories).ToList();
        var ratings = stories.SelectMany(s => s.Events).Where(e => e.Type == RecordTypes.DossierRated).ToList();

        stories.Where(s => s.Events.Any(e => e.Type == RecordTypes.DossierRated)).ShouldAllBe(s => s.Events[s.Events.Count - 2].Type == "dossier.returned");
        (ratings.Count / (double)stories.Count).ShouldBeInRange(0.25, 0.45);
        (ratings.Count(r => r.Rating != "not-satisfied") / (double)ratings.Count).ShouldBeGreaterThan(0.9);
        ratings.Count(r => r.Rating == "very-satisfied").ShouldBeGreaterThan(ratings.Count(r => r.Rating == "satisfied"));
    }

    [Fact]
    public void TicketNumbersStartAtOneThousandOneEachDay()
    {
        foreach (var day in Days)
        {
            var numbers = day.QueueEvents.Where(e => e.Type == RecordTypes.TicketIssued).Select(e => int.Parse(e.TicketNumber!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            numbers.ShouldBe(Enumerable.Range(1001, numbers.Count));
        }
    }

    private static int Count(string type) => Days.SelectMany(d => d.QueueEvents).Count(e => e.Type == type);
}
