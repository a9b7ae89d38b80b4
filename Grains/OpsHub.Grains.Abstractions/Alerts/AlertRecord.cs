namespace OpsHub.Grains.Abstractions.Alerts;

/// <summary>A raised alert.</summary>
/// <param name="Id">Its identity, stable across restarts: kind, subject and SLA cycle.</param>
/// <param name="Kind">What it is about.</param>
/// <param name="UnitCode">The unit responsible.</param>
/// <param name="Subject">The dossier (or other subject) code.</param>
/// <param name="Cycle">The subject's SLA cycle; an alert fires at most once per cycle.</param>
/// <param name="DueAt">The instant whose passing raised it.</param>
/// <param name="RaisedAt">When it was raised.</param>
/// <param name="ResolvedAt">When it was resolved, if it was.</param>
[GenerateSerializer, Immutable, Alias("opshub.alert")]
public sealed record AlertRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] AlertKind Kind,
    [property: Id(2)] string UnitCode,
    [property: Id(3)] string Subject,
    [property: Id(4)] int Cycle,
    [property: Id(5)] DateTimeOffset DueAt,
    [property: Id(6)] DateTimeOffset RaisedAt,
    [property: Id(7)] DateTimeOffset? ResolvedAt)
{
    /// <summary>The stable id of the alert of <paramref name="kind"/> for <paramref name="subject"/> in <paramref name="cycle"/>.</summary>
    public static string IdFor(AlertKind kind, string subject, int cycle) => $"{kind}:{subject}:{cycle}";
}
