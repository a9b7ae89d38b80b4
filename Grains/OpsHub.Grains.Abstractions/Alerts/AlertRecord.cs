namespace OpsHub.Grains.Abstractions.Alerts;

/// <summary>A raised alert.</summary>
/// <param name="Id">Its identity, stable across restarts: subject and threshold key (which holds the SLA cycle).</param>
/// <param name="Kind">What it is about.</param>
/// <param name="UnitCode">The unit responsible.</param>
/// <param name="Subject">The dossier (or other subject) code.</param>
/// <param name="Cycle">The subject's SLA cycle; an alert fires at most once per cycle.</param>
/// <param name="DueAt">The instant whose passing raised it.</param>
/// <param name="RaisedAt">When it was raised.</param>
/// <param name="ResolvedAt">When it was resolved, if it was.</param>
/// <param name="Detail">What exactly: the share of time elapsed, or the step and who owns it.</param>
[GenerateSerializer, Immutable, Alias("opshub.alert")]
public sealed record AlertRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] AlertKind Kind,
    [property: Id(2)] string UnitCode,
    [property: Id(3)] string Subject,
    [property: Id(4)] int Cycle,
    [property: Id(5)] DateTimeOffset DueAt,
    [property: Id(6)] DateTimeOffset RaisedAt,
    [property: Id(7)] DateTimeOffset? ResolvedAt,
    [property: Id(8)] string? Detail = null)
{
    /// <summary>The stable id of the alert for threshold <paramref name="key"/> of <paramref name="subject"/>.</summary>
    public static string IdFor(string subject, string key) => $"{subject}/{key}";
}
