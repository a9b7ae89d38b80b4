using System.Collections.Immutable;
using OpsHub.Sla.Queues;

namespace OpsHub.Sla.Tests.Queues;

/// <summary>A one-stop shop for the queue tests: Q1 serves civil status and certification, Q2 land, Q3 every field.</summary>
internal static class QueueScript
{
    public static QueueLayout Layout { get; } = new(ImmutableDictionary.CreateRange(StringComparer.Ordinal, new[]
    {
        KeyValuePair.Create("Q1", ImmutableArray.Create("HT", "CT")),
        KeyValuePair.Create("Q2", ImmutableArray.Create("DD")),
        KeyValuePair.Create("Q3", ImmutableArray<string>.Empty),
    }));

    /// <summary>An instant on Tuesday 24 November 2026, Vietnam time.</summary>
    public static DateTimeOffset At(string hhmmss) => Iso.Instant($"2026-11-24T{hhmmss}+07:00");

    public static QueueInput Open(string counter, string at, string? staff = null) => new(QueueInputKind.CounterOpened, At(at), counter, Staff: staff);

    public static QueueInput Close(string counter, string at) => new(QueueInputKind.CounterClosed, At(at), counter);

    public static QueueInput Issue(string ticket, string at, string? field, string? priority = null, string? counter = null) =>
        new(QueueInputKind.TicketIssued, At(at), counter, ticket, field, priority);

    public static QueueInput Call(string ticket, string counter, string at) => new(QueueInputKind.TicketCalled, At(at), counter, ticket);

    public static QueueInput Serve(string ticket, string counter, string at) => new(QueueInputKind.TicketServing, At(at), counter, ticket);

    public static QueueInput Complete(string ticket, string counter, string at) => new(QueueInputKind.TicketCompleted, At(at), counter, ticket);

    public static QueueInput NoShow(string ticket, string counter, string at) => new(QueueInputKind.TicketNoShow, At(at), counter, ticket);

    public static QueueInput Transfer(string ticket, string from, string to, string at) => new(QueueInputKind.TicketTransferred, At(at), from, ticket, ToCounter: to);

    /// <summary>Applies each input, asserting it is applied; returns every fact produced.</summary>
    public static List<DeskFact> Run(this WaitingRoom room, QueuePolicy policy, params QueueInput[] inputs)
    {
        var facts = new List<DeskFact>();
        foreach (var input in inputs)
        {
            var step = room.Apply(input, Layout, policy);
            step.Refusal.ShouldBeNull($"{input.Kind} {input.Ticket} at {input.At:HH:mm:ss}");
            facts.AddRange(step.Facts);
        }

        return facts;
    }
}
