using System.Collections.Immutable;
using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Grains.Abstractions.Queues;
using OpsHub.Sla.Queues;

namespace OpsHub.Grains.Queues;

/// <summary>Maps the pure queue model to the contract types.</summary>
internal static class QueueViews
{
    /// <summary>The subject of a shop's queue alerts and of its wake-up row.</summary>
    public static string SubjectOf(string unitCode) => QueueGrain.WakeupPrefix + unitCode;

    public static QueueSnapshot Snapshot(string unitCode, WaitingRoom room, QueueSettings settings, DateTimeOffset now, long version)
    {
        var layout = settings.LayoutOf(unitCode);
        var policy = settings.Policy;
        var today = Sla.Calendar.VietnamTime.DateOf(now) == room.Day;
        var fields = layout.Counters.Values.SelectMany(f => f)
            .Concat(today ? room.Waiting.Select(t => t.Field).OfType<string>() : [])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(f => Field(room.FieldLineOf(f, layout, policy, now), settings))
            .ToImmutableArray();
        var counters = layout.Counters.Keys
            .Concat(today ? room.OpenCounters.Keys : [])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(c =>
            {
                var at = today ? room.AtCounters.Values.Where(t => t.Counter == c).MaxBy(t => t.CalledAt) : null;
                var line = today ? room.LineOf(c, layout, policy) : [];
                return new NowServing(
                    c,
                    settings.CounterOf(unitCode, c)?.DisplayName ?? $"Quầy {c}",
                    today && room.OpenCounters.ContainsKey(c),
                    at?.Ticket.Number,
                    at?.CalledAt,
                    line.Count,
                    line.Count == 0 ? TimeSpan.Zero : now - line.Min(t => t.WaitingSince));
            })
            .ToImmutableArray();
        return new QueueSnapshot(unitCode, now, version, today ? room.Waiting.Count : 0, fields, counters);
    }

    public static AlertRecord Alert(string unitCode, QueueAlert alert, DateTimeOffset raisedAt)
    {
        var kind = alert.Kind switch
        {
            QueueAlertKind.WaitWarning => AlertKind.WaitingWarning,
            QueueAlertKind.WaitCritical => AlertKind.WaitingCritical,
            _ => AlertKind.CounterClosedWithQueue,
        };
        var detail = alert.Kind == QueueAlertKind.CounterClosedWithQueue
            ? $"Quầy {alert.Counter} đóng khi còn người chờ{(alert.Field is null ? "" : $" lĩnh vực {alert.Field}")}"
            : $"Số {alert.Ticket}{(alert.Field is null ? "" : $", lĩnh vực {alert.Field}")}{(alert.Counter is null ? "" : $", quầy {alert.Counter}")}";
        return new AlertRecord(AlertRecord.IdFor(SubjectOf(unitCode), alert.Key), kind, unitCode, SubjectOf(unitCode), 1, alert.DueAt, raisedAt, null, detail, alert.Field, alert.Counter);
    }

    public static QueueInput Input(QueueEntry e) =>
        new((QueueInputKind)(int)e.Kind, e.At, e.Counter, e.Ticket, e.Field, e.Priority, e.ToCounter, e.Staff);

    public static CounterFact Fact(DeskFact fact, long journalSeq, int index) =>
        new(fact.Kind.ToString(), fact.At, fact.Ticket, fact.Duration, fact.Staff, $"{journalSeq}:{index}");

    public static DeskFact Desk(CounterFact fact, string counter) =>
        new(Enum.Parse<DeskFactKind>(fact.Kind), counter, fact.At, fact.Ticket, fact.Duration, fact.Staff);

    private static FieldQueueView Field(FieldLine line, QueueSettings settings) =>
        new(line.Field, settings.FieldName(line.Field), [.. line.Counters], [.. line.OpenCounters], line.Waiting, line.LongestWait,
            line.EstimatedWait, line.ServiceTime, [.. line.Next]);
}
