using OpsHub.Sla.Queues;
using static OpsHub.Sla.Tests.Queues.QueueScript;

namespace OpsHub.Sla.Tests.Queues;

public sealed class WaitingRoomTests
{
    private static readonly QueuePolicy Strict = QueuePolicy.Default;

    [Fact]
    public void PriorityTicketsGoFirstInCategoryOrderWhenPolicyIsStrict()
    {
        var room = new WaitingRoom();
        room.Run(Strict,
            Issue("1001", "08:00:00", "HT"),
            Issue("1002", "08:01:00", "HT", "elderly"),
            Issue("1003", "08:02:00", "CT", "merit"),
            Issue("1004", "08:03:00", "HT"));

        room.LineOf("Q1", Layout, Strict).Select(t => t.Number).ShouldBe(["1003", "1002", "1001", "1004"]);
        room.LineOf("Q2", Layout, Strict).ShouldBeEmpty();
        room.LineOf("Q3", Layout, Strict).Count.ShouldBe(4);
    }

    [Fact]
    public void OldestOtherTicketGoesNextAfterARunOfPriorityCallsWhenPolicyInterleaves()
    {
        var policy = new QueueOptions { PriorityMode = PriorityMode.Interleave, PriorityRun = 2 }.ToPolicy();
        var room = new WaitingRoom();
        room.Run(policy,
            Issue("1001", "08:00:00", "HT"),
            Issue("1002", "08:01:00", "HT", "elderly"),
            Issue("1003", "08:02:00", "HT", "elderly"),
            Issue("1004", "08:03:00", "HT", "pregnant"));
        room.LineOf("Q1", Layout, policy)[0].Number.ShouldBe("1002");

        room.Run(policy, Call("1002", "Q1", "08:10:00"));
        room.LineOf("Q1", Layout, policy)[0].Number.ShouldBe("1003", "one priority call is not yet a run of two");

        room.Run(policy, Call("1003", "Q1", "08:20:00"));
        room.LineOf("Q1", Layout, policy).Select(t => t.Number).ShouldBe(["1001", "1004"]);

        room.Run(policy, Call("1001", "Q1", "08:30:00"));
        room.LineOf("Q1", Layout, policy)[0].Number.ShouldBe("1004");
    }

    [Fact]
    public void CallReportsTheWaitAndOpensTheCounterWhenItsOpeningWasNotReported()
    {
        var room = new WaitingRoom();
        var facts = room.Run(Strict, Issue("1001", "08:00:00", "HT"), Call("1001", "Q1", "08:12:30"));

        facts.ShouldBe([
            new DeskFact(DeskFactKind.Opened, "Q1", At("08:12:30")),
            new DeskFact(DeskFactKind.Called, "Q1", At("08:12:30"), "1001", TimeSpan.FromSeconds(750), Field: "HT"),
        ]);
        room.OpenCounters.Keys.ShouldBe(["Q1"]);
        room.Waiting.ShouldBeEmpty();
    }

    [Fact]
    public void ServiceTimeRunsFromServiceStartWhenReportedElseFromTheCall()
    {
        var room = new WaitingRoom();
        var facts = room.Run(Strict,
            Open("Q1", "07:30:00"),
            Issue("1001", "08:00:00", "HT"),
            Issue("1002", "08:00:10", "HT"),
            Call("1001", "Q1", "08:01:00"),
            Serve("1001", "Q1", "08:02:00"),
            Complete("1001", "Q1", "08:08:00"),
            Call("1002", "Q1", "08:09:00"),
            Complete("1002", "Q1", "08:19:00"));

        facts.Where(f => f.Kind == DeskFactKind.Completed).Select(f => f.Duration).ShouldBe([TimeSpan.FromMinutes(6), TimeSpan.FromMinutes(10)]);
        room.MeanServiceTime("HT", At("08:20:00"), Strict).ShouldBe(TimeSpan.FromMinutes(8));
    }

    [Fact]
    public void TransferredTicketWaitsFirstAtItsNewCounterInANewCycle()
    {
        var room = new WaitingRoom();
        var facts = room.Run(Strict,
            Open("Q1", "07:30:00"),
            Open("Q2", "07:30:00"),
            Issue("1001", "08:00:00", "DD"),
            Issue("1002", "08:01:00", "HT"),
            Call("1002", "Q1", "08:05:00"),
            Serve("1002", "Q1", "08:06:00"),
            Transfer("1002", "Q1", "Q2", "08:09:00"));

        facts[^1].ShouldBe(new DeskFact(DeskFactKind.TransferredOut, "Q1", At("08:09:00"), "1002", TimeSpan.FromMinutes(3)));
        var line = room.LineOf("Q2", Layout, Strict);
        line.Select(t => t.Number).ShouldBe(["1002", "1001"]);
        line[0].Cycle.ShouldBe(2);
        line[0].WaitingSince.ShouldBe(At("08:09:00"));
        room.LineOf("Q1", Layout, Strict).ShouldBeEmpty("a ticket transferred to Q2 waits for Q2 only");
    }

    [Fact]
    public void NoShowCanBeCalledBackAtTheSameCounter()
    {
        var room = new WaitingRoom();
        var facts = room.Run(Strict,
            Issue("1001", "08:00:00", "HT"),
            Call("1001", "Q1", "08:05:00"),
            NoShow("1001", "Q1", "08:07:00"),
            Call("1001", "Q1", "08:20:00"),
            Complete("1001", "Q1", "08:25:00"));

        facts.Select(f => f.Kind).ShouldBe([
            DeskFactKind.Opened, DeskFactKind.Called, DeskFactKind.NoShow, DeskFactKind.Recalled, DeskFactKind.Completed]);
        facts[^1].Duration.ShouldBe(TimeSpan.FromMinutes(5));
    }

    [Theory]
    [InlineData("call of a ticket never issued")]
    [InlineData("second issue of a number")]
    [InlineData("completion of a ticket not called")]
    [InlineData("no-show of a ticket in service")]
    [InlineData("unknown priority category")]
    [InlineData("call of a ticket at another counter")]
    public void RefusedEventChangesNothing(string what)
    {
        var room = new WaitingRoom();
        room.Run(Strict, Issue("1001", "08:00:00", "HT"), Issue("1002", "08:00:30", "HT"), Call("1002", "Q1", "08:01:00"), Serve("1002", "Q1", "08:02:00"));
        var before = System.Text.Json.JsonSerializer.Serialize(room);
        var input = what switch
        {
            "call of a ticket never issued" => Call("9999", "Q1", "08:03:00"),
            "second issue of a number" => Issue("1001", "08:03:00", "CT"),
            "completion of a ticket not called" => Complete("1001", "Q1", "08:03:00"),
            "no-show of a ticket in service" => NoShow("1002", "Q1", "08:03:00"),
            "unknown priority category" => Issue("1003", "08:03:00", "HT", "vip"),
            _ => Call("1002", "Q3", "08:03:00"),
        };

        var step = room.Apply(input, Layout, Strict);

        step.Refusal.ShouldNotBeNull();
        step.Facts.ShouldBeEmpty();
        System.Text.Json.JsonSerializer.Serialize(room).ShouldBe(before);
    }

    [Fact]
    public void WaitAlertsFireOnceEachAtTheirInstantAndResolveWhenTheTicketIsCalled()
    {
        var room = new WaitingRoom();
        room.Run(Strict, Open("Q1", "07:30:00"), Issue("1001", "08:00:00", "HT"));
        room.NextThreshold(Strict).ShouldBe(At("08:15:00"));

        room.Evaluate(At("08:14:59"), Layout, Strict).IsEmpty.ShouldBeTrue();
        var warning = room.Evaluate(At("08:15:00"), Layout, Strict);
        warning.Raised.ShouldHaveSingleItem().ShouldBe(new QueueAlert("20261124/ticket/1001/c1/wait-warning", QueueAlertKind.WaitWarning, At("08:15:00"), "1001", null, "HT"));
        room.Evaluate(At("08:20:00"), Layout, Strict).IsEmpty.ShouldBeTrue("raised once");
        room.NextThreshold(Strict).ShouldBe(At("08:30:00"));

        var critical = room.Evaluate(At("08:31:00"), Layout, Strict);
        critical.Raised.ShouldHaveSingleItem().DueAt.ShouldBe(At("08:30:00"));
        room.NextThreshold(Strict).ShouldBeNull();

        room.Run(Strict, Call("1001", "Q1", "08:33:00"));
        var resolved = room.Evaluate(At("08:33:00"), Layout, Strict);
        resolved.Raised.ShouldBeEmpty();
        resolved.Resolved.ShouldBe([("20261124/ticket/1001/c1/wait-warning", At("08:33:00")), ("20261124/ticket/1001/c1/wait-critical", At("08:33:00"))], ignoreOrder: true);
        room.Evaluate(At("09:00:00"), Layout, Strict).IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void FieldThresholdsOverrideTheDefaults()
    {
        var options = new QueueOptions();
        options.Fields["DD"] = new FieldWaitOptions { WarningAfter = TimeSpan.FromMinutes(20), CriticalAfter = TimeSpan.FromMinutes(45) };
        var policy = options.ToPolicy();
        var room = new WaitingRoom();
        room.Run(policy, Issue("1001", "08:00:00", "DD"), Issue("1002", "08:00:00", "HT"));

        room.Evaluate(At("08:19:59"), Layout, policy).Raised.Select(a => a.Ticket).ShouldBe(["1002"]);
        room.Evaluate(At("08:20:00"), Layout, policy).Raised.Select(a => a.Ticket).ShouldBe(["1001"]);
        room.NextThreshold(policy).ShouldBe(At("08:30:00"));
    }

    [Fact]
    public void ClosingTheLastCounterOfAFieldWithPeopleWaitingAlertsUntilAnotherOpens()
    {
        var room = new WaitingRoom();
        room.Run(Strict, Open("Q2", "07:30:00"), Issue("1001", "08:00:00", "DD"), Close("Q2", "08:05:00"));

        var raised = room.Evaluate(At("08:05:00"), Layout, Strict);
        raised.Raised.ShouldHaveSingleItem().ShouldBe(new QueueAlert("20261124/counter/Q2/closed-1", QueueAlertKind.CounterClosedWithQueue, At("08:05:00"), null, "Q2", "DD"));

        room.Run(Strict, Open("Q3", "08:07:00"));
        room.Evaluate(At("08:07:00"), Layout, Strict).Resolved.ShouldBe([("20261124/counter/Q2/closed-1", At("08:07:00"))]);
    }

    [Fact]
    public void ClosingACounterWhileAnotherServesTheFieldRaisesNothing()
    {
        var room = new WaitingRoom();
        room.Run(Strict, Open("Q2", "07:30:00"), Open("Q3", "07:30:00"), Issue("1001", "08:00:00", "DD"), Close("Q2", "08:05:00"));

        room.Evaluate(At("08:05:00"), Layout, Strict).Raised.ShouldBeEmpty();
    }

    [Fact]
    public void EstimatedWaitSharesWaitingTicketsOverOpenCountersAtTheRecentServiceTime()
    {
        var room = new WaitingRoom();
        room.Run(Strict, Issue("1001", "08:00:00", "HT"), Issue("1002", "08:01:00", "HT"), Issue("1003", "08:02:00", "CT"));
        var closed = room.FieldLineOf("HT", Layout, Strict, At("08:03:00"));
        closed.EstimatedWait.ShouldBeNull("no counter serving HT is open");
        closed.Waiting.ShouldBe(2);
        closed.LongestWait.ShouldBe(TimeSpan.FromMinutes(3));
        closed.Counters.ShouldBe(["Q1", "Q3"]);

        room.Run(Strict, Open("Q1", "08:03:00"), Open("Q3", "08:03:00"));
        room.FieldLineOf("HT", Layout, Strict, At("08:03:00")).EstimatedWait.ShouldBe(TimeSpan.FromMinutes(10), "2 waiting x 10 min default / 2 counters");

        room.Run(Strict, Call("1001", "Q1", "08:04:00"), Serve("1001", "Q1", "08:04:00"), Complete("1001", "Q1", "08:10:00"));
        var line = room.FieldLineOf("HT", Layout, Strict, At("08:10:00"));
        line.ServiceTime.ShouldBe(TimeSpan.FromMinutes(6));
        line.EstimatedWait.ShouldBe(TimeSpan.FromMinutes(3), "1 waiting x 6 min measured / 2 counters");
        line.Next.ShouldBe(["1002"]);
    }

    [Fact]
    public void NewDayDropsYesterdaysTicketsAndResolvesTheirAlerts()
    {
        var room = new WaitingRoom();
        room.Run(Strict, Issue("1001", "16:00:00", "HT"));
        room.Evaluate(At("16:20:00"), Layout, Strict).Raised.Count.ShouldBe(1);

        var morning = Iso.Instant("2026-11-25T07:00:00+07:00");
        var changes = room.Evaluate(morning, Layout, Strict);

        changes.Resolved.ShouldBe([("20261124/ticket/1001/c1/wait-warning", morning)]);
        room.Waiting.ShouldBeEmpty();
        room.Day.ShouldBe(Iso.Date("2026-11-25"));
        room.Apply(Issue("1001", "08:00:00", "HT") with { At = Iso.Instant("2026-11-25T08:00:00+07:00") }, Layout, Strict).Refusal.ShouldBeNull("numbers start again each day");
    }

    [Fact]
    public void StateSurvivesAJsonRoundTrip()
    {
        var room = new WaitingRoom();
        room.Run(Strict, Open("Q1", "07:30:00", "Trần Thị B"), Issue("1001", "08:00:00", "HT", "elderly"), Issue("1002", "08:01:00", "HT"),
            Call("1001", "Q1", "08:02:00"), Complete("1001", "Q1", "08:09:00"), Close("Q1", "11:30:00"));
        room.Evaluate(At("11:30:00"), Layout, Strict);

        var copy = System.Text.Json.JsonSerializer.Deserialize<WaitingRoom>(System.Text.Json.JsonSerializer.Serialize(room))!;

        System.Text.Json.JsonSerializer.Serialize(copy).ShouldBe(System.Text.Json.JsonSerializer.Serialize(room));
        copy.FieldLineOf("HT", Layout, Strict, At("11:30:00")).ShouldBeEquivalentTo(room.FieldLineOf("HT", Layout, Strict, At("11:30:00")));
        copy.NextThreshold(Strict).ShouldBe(room.NextThreshold(Strict));
    }

    [Theory]
    [InlineData("2026-11-24T08:05:00+07:00", "2026-11-24T08:05:00+07:00")]
    [InlineData("2026-11-24T07:50:00+07:00", "2026-11-24T08:01:00+07:00")]
    public void FiguresAreShownAtTheLaterOfTheClockAndTheLatestEvent(string now, string expected)
    {
        var room = new WaitingRoom();
        room.Run(Strict, Issue("1001", "08:00:00", "HT"), Issue("1002", "08:01:00", "HT"));

        room.ViewInstant(Iso.Instant(now)).ShouldBe(Iso.Instant(expected));
    }

    [Fact]
    public void ThresholdsAfterTheQueuesDayAreNotScheduled()
    {
        var room = new WaitingRoom();
        room.Run(Strict, Issue("1001", "23:50:00", "HT"));

        room.DayEnd.ShouldBe(Iso.Instant("2026-11-24T23:59:59.9999999+07:00"));
        room.NextThreshold(Strict).ShouldBeNull("15 minutes after 23:50 is tomorrow, when nobody waits from today");
        room.Evaluate(room.DayEnd, Layout, Strict).IsEmpty.ShouldBeTrue();
        room.Day.ShouldBe(Iso.Date("2026-11-24"));
    }
}
