using OpsHub.Sla.Clock;
using OpsHub.Sla.Deadlines;
using OpsHub.Sla.Procedures;
using static OpsHub.Sla.Lifecycle.PortalStatus;

namespace OpsHub.Sla.Tests.Clock;

/// <summary>Invariants over many generated dossiers (fixed seeds, so a failure repeats).</summary>
public sealed class ClockPropertyTests
{
    private static readonly DeadlineCalculator Deadlines = new(Scenario.Calendar);

    [Fact]
    public void MoreProcessingTimeNeverGivesAnEarlierDueInstantWhenReceiptIsRandom()
    {
        var random = new Random(20261123);
        for (var i = 0; i < 3000; i++)
        {
            var received = RandomDossier.RandomInstant(random);
            var unit = (ProcessingTimeUnit)random.Next(1, 4);
            var cutoff = unit == ProcessingTimeUnit.WorkingDays && random.Next(3) == 0 ? new TimeOnly(15, 0) : (TimeOnly?)null;
            var less = cutoff is null ? random.Next(0, 120) / 4m : random.Next(1, 20);
            var more = less + (cutoff is null ? random.Next(0, 40) / 4m : random.Next(0, 5));

            var early = Deadlines.DueAt(received, new ProcessingTime(less, unit), cutoff);
            var late = Deadlines.DueAt(received, new ProcessingTime(more, unit), cutoff);

            late.ShouldBeGreaterThanOrEqualTo(early, $"received {received:O}, {less} vs {more} {unit}, cut-off {cutoff}");
        }
    }

    [Fact]
    public void PauseWithoutWorkingTimeChangesNothingWhenResumeModeApplies()
    {
        var random = new Random(7);
        for (var i = 0; i < 1500; i++)
        {
            var clock = ResumeModeClock(random);
            var pausedAt = clock.ReceivedAt.AddMinutes(random.Next(0, 15 * 24 * 60));
            // Half the cases resume in the same instant; the others resume before the next working instant.
            var gap = Scenario.Calendar.ClockStart(pausedAt) - pausedAt;
            var resumedAt = random.Next(2) == 0 ? pausedAt : pausedAt + (gap * random.NextDouble());

            var evaluated = clock.Evaluate(pausedAt).Clock;
            var paused = clock.Move(SupplementRequested, Local(pausedAt)).MoveTo(InProcessing, resumedAt, Scenario.Calendar).Applied().Clock;

            paused.DueAt.ShouldBe(evaluated.DueAt);
            paused.Steps.Select(s => s.DeadlineAt).ShouldBe(evaluated.Steps.Select(s => s.DeadlineAt));
            Pending(paused).ShouldBe(Pending(evaluated), $"paused {pausedAt:O}, resumed {resumedAt:O}");
        }
    }

    [Fact]
    public void ResumePauseNeverMakesDueEarlierAndMovesItByPausedWorkingTimeWhenItStartsBeforeDue()
    {
        var random = new Random(11);
        for (var i = 0; i < 1500; i++)
        {
            var clock = ResumeModeClock(random);
            var pausedAt = clock.ReceivedAt.AddMinutes(random.Next(0, 12 * 24 * 60));
            var resumedAt = pausedAt.AddMinutes(random.Next(0, 6 * 24 * 60));
            var before = clock.Evaluate(pausedAt).Clock;

            var after = clock.Move(AwaitingPayment, Local(pausedAt)).MoveTo(InProcessing, resumedAt, Scenario.Calendar).Applied().Clock;

            var because = $"received {clock.ReceivedAt:O}, paused {pausedAt:O}, resumed {resumedAt:O}";
            after.DueAt.ShouldBeGreaterThanOrEqualTo(before.DueAt, because);
            Pending(after).Zip(Pending(before)).ShouldAllBe(p => p.First.At >= p.Second.At);
            if (pausedAt < before.DueAt)
            {
                Scenario.Calendar.WorkingTimeBetween(before.DueAt, after.DueAt).ShouldBe(after.Pauses.Single().PausedWorkingTime, because);
            }
        }
    }

    [Fact]
    public void ThresholdsAreOrderedWhenReceiptProcedureAndPauseAreRandom()
    {
        var random = new Random(13);
        for (var i = 0; i < 1500; i++)
        {
            var clock = new RandomDossier(random, 0).Start();
            if (random.Next(2) == 0)
            {
                var pausedAt = clock.ReceivedAt.AddMinutes(random.Next(0, 5 * 24 * 60));
                clock = clock.Move(SupplementRequested, Local(pausedAt)).Move(InProcessing, Local(pausedAt.AddMinutes(random.Next(0, 3 * 24 * 60))));
            }

            var t = clock.Thresholds.Where(x => x.Cycle == clock.Cycle && x.Subject == AlertSubject.Dossier).ToDictionary(x => x.Key.Split('/')[^1], x => x.At);
            var because = $"{clock.Terms.ProcedureCode} received {clock.ReceivedAt:O}";
            if (t.TryGetValue("warning-50", out var half))
            {
                half.ShouldBeLessThanOrEqualTo(t["warning-75"], because);
                t["warning-75"].ShouldBeLessThanOrEqualTo(t["overdue"], because);
            }

            t["overdue"].ShouldBe(clock.DueAt, because);
            t["late-without-apology"].ShouldBeGreaterThanOrEqualTo(t["overdue"], because);
            if (t.TryGetValue("due-today", out var dueToday))
            {
                dueToday.ShouldBeLessThan(t["overdue"], because);
            }

            // A due-today alert that fired before a pause stays fired for the cycle; one still pending is on the due date.
            if (clock.Thresholds.SingleOrDefault(x => x.Kind == SlaAlertKind.DueToday && x.State == ThresholdState.Pending) is { } pending)
            {
                Scenario.Calendar.DateOf(pending.At).ShouldBe(Scenario.Calendar.DateOf(clock.DueAt), because);
            }
        }
    }

    [Fact]
    public void EvaluatingTwiceAtTheSameInstantNeverRaisesAnAlertTwice()
    {
        var random = new Random(17);
        for (var i = 0; i < 300; i++)
        {
            var dossier = new RandomDossier(random, 8);
            var clock = dossier.Start();
            var raised = new List<string>();
            foreach (var (at, apply) in dossier.Events)
            {
                var probe = at.AddMinutes(-random.Next(0, 600));
                var first = clock.Evaluate(probe);
                raised.AddRange(first.Raised.Keys());
                first.Clock.Evaluate(probe).Raised.ShouldBeEmpty();
                var next = apply(first.Clock);
                raised.AddRange(next.Raised.Keys());
                clock = next.Clock;
            }

            raised.AddRange(clock.Evaluate(dossier.End).Raised.Keys());
            raised.ShouldBeUnique();
        }
    }

    [Fact]
    public void EvaluatingEveryMinuteRaisesTheSameAlertsAsEvaluatingOnceAtTheEnd()
    {
        var random = new Random(19);
        for (var i = 0; i < 60; i++)
        {
            var dossier = new RandomDossier(random, 10);
            var often = dossier.Start();
            var once = often;
            var raisedOften = new List<string>();
            var raisedOnce = new List<string>();
            var minute = dossier.ReceivedAt;
            foreach (var (at, apply) in dossier.Events.Append((dossier.End, c => c.Evaluate(dossier.End))))
            {
                for (; minute <= at; minute = minute.AddMinutes(1))
                {
                    var woken = often.Evaluate(minute);
                    raisedOften.AddRange(woken.Raised.Keys());
                    often = woken.Clock;
                }

                var a = apply(often);
                raisedOften.AddRange(a.Raised.Keys());
                often = a.Clock;
                var b = apply(once);
                raisedOnce.AddRange(b.Raised.Keys());
                once = b.Clock;
            }

            raisedOften.ShouldBe(raisedOnce, ignoreOrder: true, $"{dossier.Terms.ProcedureCode} received {dossier.ReceivedAt:O}");
            Final(often).ShouldBe(Final(once));
        }
    }

    private static DossierClock ResumeModeClock(Random random)
    {
        var dossier = new RandomDossier(random, 0);
        var clock = DossierClock.Start(dossier.Terms with { PauseMode = PauseMode.Resume }, dossier.ReceivedAt, Scenario.Calendar);
        var step = dossier.Terms.Steps[random.Next(dossier.Terms.Steps.Length)].Code;
        return random.Next(2) == 0 ? clock.StartStep(step, clock.ReceivedAt, null, Scenario.Calendar).Clock : clock;
    }

    private static List<(string Key, DateTimeOffset At)> Pending(DossierClock clock) =>
        [.. clock.Thresholds.Where(t => t.State == ThresholdState.Pending).Select(t => (t.Key, t.At))];

    private static List<(string Key, DateTimeOffset At, ThresholdState State)> Final(DossierClock clock) =>
        [.. clock.Thresholds.Select(t => (t.Key, t.At, t.State))];

    private static string Local(DateTimeOffset instant) => instant.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
