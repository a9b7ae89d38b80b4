using OpsHub.Sla.Clock;
using OpsHub.Sla.Lifecycle;
using OpsHub.Sla.Procedures;
using OpsHub.Sla.Tests.Procedures;

namespace OpsHub.Sla.Tests.Clock;

/// <summary>
/// A dossier of a random shipped procedure with a random story of events, all drawn up front so that two runs
/// apply exactly the same events (some of which the clock may refuse).
/// </summary>
internal sealed class RandomDossier
{
    // Resumptions outnumber pauses so that dossiers spend most of their time running.
    private static readonly PortalStatus[] Moves =
    [
        PortalStatus.InProcessing, PortalStatus.InProcessing, PortalStatus.InProcessing,
        PortalStatus.SupplementRequested, PortalStatus.AwaitingPayment, PortalStatus.Stopped,
    ];

    public RandomDossier(Random random, int events)
    {
        var procedure = Catalogue[random.Next(Catalogue.Length)];
        Terms = SlaTerms.For(procedure, random.Next(2) == 0 ? SubmissionChannel.InPerson : SubmissionChannel.Online);
        ReceivedAt = RandomInstant(random);
        var at = ReceivedAt;
        for (var i = 0; i < events; i++)
        {
            at = at.AddMinutes(random.Next(4) == 0 ? random.Next(0, 30) : random.Next(30, 24 * 60));
            Events.Add((at, NextEvent(random, procedure, at)));
        }

        if (random.Next(2) == 0)
        {
            at = at.AddMinutes(random.Next(1, 3 * 24 * 60));
            var done = at;
            Events.Add((done, c => c.MoveTo(PortalStatus.ResultReady, done, Scenario.Calendar)));
        }

        End = at.AddDays(10);
    }

    public SlaTerms Terms { get; }

    public DateTimeOffset ReceivedAt { get; }

    public DateTimeOffset End { get; }

    public List<(DateTimeOffset At, Func<DossierClock, ClockTransition> Apply)> Events { get; } = [];

    private static Procedure[] Catalogue { get; } = [.. ShippedProcedures.Catalogue.Procedures];

    public DossierClock Start() => DossierClock.Start(Terms, ReceivedAt, Scenario.Calendar);

    /// <summary>Any minute of 2025–2027, weekends, nights and holidays included.</summary>
    public static DateTimeOffset RandomInstant(Random random) =>
        Scenario.At("2025-01-01T00:00").AddMinutes(random.Next(3 * 365 * 24 * 60));

    private static Func<DossierClock, ClockTransition> NextEvent(Random random, Procedure procedure, DateTimeOffset at)
    {
        // Two steps only, so that finishes often meet a running start.
        var step = procedure.Steps[random.Next(Math.Min(2, procedure.Steps.Length))].Code;
        var promise = at.AddHours(random.Next(1, 8 * 24));
        var move = Moves[random.Next(Moves.Length)];
        return random.Next(4) switch
        {
            0 => c => c.StartStep(step, at, null, Scenario.Calendar),
            1 => c => c.FinishStep(step, at),
            2 => c => c.IssueApology(at, promise, Scenario.Calendar),
            _ => c => c.MoveTo(move, at, Scenario.Calendar),
        };
    }
}
