using OpsHub.Sla.Queues;
using static OpsHub.Sla.Tests.Queues.QueueScript;

namespace OpsHub.Sla.Tests.Queues;

public sealed class CounterDeskTests
{
    private static CounterDesk ScriptedMorning()
    {
        var desk = new CounterDesk();
        foreach (var fact in new[]
        {
            new DeskFact(DeskFactKind.Opened, "Q1", At("07:30:00"), Staff: "Nguyễn Văn An"),
            new DeskFact(DeskFactKind.Called, "Q1", At("08:00:00"), "1001", TimeSpan.FromMinutes(10)),
            new DeskFact(DeskFactKind.ServiceStarted, "Q1", At("08:01:00"), "1001"),
            new DeskFact(DeskFactKind.Completed, "Q1", At("08:07:00"), "1001", TimeSpan.FromMinutes(6)),
            new DeskFact(DeskFactKind.Called, "Q1", At("08:10:00"), "1002", TimeSpan.FromMinutes(20)),
            new DeskFact(DeskFactKind.NoShow, "Q1", At("08:12:00"), "1002"),
            new DeskFact(DeskFactKind.Called, "Q1", At("09:30:00"), "1003", TimeSpan.FromMinutes(30)),
            new DeskFact(DeskFactKind.Completed, "Q1", At("09:40:00"), "1003", TimeSpan.FromMinutes(10)),
            new DeskFact(DeskFactKind.Called, "Q1", At("09:41:00"), "1004", TimeSpan.FromMinutes(2)),
        })
        {
            desk.Apply(fact);
        }

        desk.ReceiveDossier("LD-PVHCC-0001", At("08:05:00")).ShouldBeTrue();
        desk.ReceiveDossier("LD-PVHCC-0001", At("08:05:00")).ShouldBeFalse("counted once");
        desk.ReceiveDossier("LD-PVHCC-0002", At("09:42:00")).ShouldBeTrue();
        return desk;
    }

    [Fact]
    public void FiguresOfAScriptedMorningAreExact()
    {
        var figures = ScriptedMorning().FiguresAt(At("09:45:00"));

        figures.ShouldBe(new CounterFigures(
            Open: true,
            Staff: "Nguyễn Văn An",
            NowServing: "1004",
            NowServingSince: At("09:41:00"),
            CalledToday: 4,
            ServedToday: 2,
            ServedLastHour: 1,
            NoShowsToday: 1,
            NoShowRate: 0.25,
            RecallsToday: 0,
            TransfersToday: 0,
            AverageWaitToday: TimeSpan.FromMinutes(15.5),
            AverageWaitLastHour: TimeSpan.FromMinutes(16),
            AverageServiceToday: TimeSpan.FromMinutes(8),
            AverageServiceLastHour: TimeSpan.FromMinutes(10),
            DossiersReceivedToday: 2));
    }

    [Fact]
    public void LastHourFiguresForgetWhatIsOlderThanAnHour()
    {
        var figures = ScriptedMorning().FiguresAt(At("10:40:00"));

        figures.ServedLastHour.ShouldBe(0);
        figures.AverageWaitLastHour.ShouldBe(TimeSpan.FromMinutes(2), "only the 09:41 call is within the hour");
        figures.AverageServiceLastHour.ShouldBeNull();
        figures.ServedToday.ShouldBe(2);
    }

    [Fact]
    public void RecalledNoShowIsNoLongerCountedAsOne()
    {
        var desk = ScriptedMorning();
        desk.Apply(new DeskFact(DeskFactKind.Recalled, "Q1", At("09:50:00"), "1002"));

        var figures = desk.FiguresAt(At("09:50:00"));
        figures.NoShowsToday.ShouldBe(0);
        figures.RecallsToday.ShouldBe(1);
        figures.NowServing.ShouldBe("1002");
    }

    [Fact]
    public void ClosingEndsTheShiftAndTheNextDayStartsEmpty()
    {
        var desk = ScriptedMorning();
        desk.Apply(new DeskFact(DeskFactKind.Closed, "Q1", At("11:30:00")));
        desk.FiguresAt(At("11:30:00")).Open.ShouldBeFalse();
        desk.FiguresAt(At("11:30:00")).Staff.ShouldBeNull();

        var tomorrow = desk.FiguresAt(Iso.Instant("2026-11-25T08:00:00+07:00"));
        tomorrow.CalledToday.ShouldBe(0);
        tomorrow.AverageWaitToday.ShouldBeNull();
        tomorrow.DossiersReceivedToday.ShouldBe(0);
    }
}
