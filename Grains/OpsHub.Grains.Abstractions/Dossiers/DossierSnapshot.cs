namespace OpsHub.Grains.Abstractions.Dossiers;

/// <summary>A dossier as it stands.</summary>
/// <param name="DossierCode">The dossier's code.</param>
/// <param name="ProcedureCode">The procedure (mã TTHC).</param>
/// <param name="UnitCode">The unit that must decide it.</param>
/// <param name="Status">Its portal status.</param>
/// <param name="ReceivedAt">When it was received.</param>
/// <param name="ClockStartedAt">When its SLA clock started (the next working instant at or after receipt).</param>
/// <param name="DueAt">The legal due instant now (moved by pauses in resume mode): the timeliness yardstick.</param>
/// <param name="CompletedAt">When its result was ready, if it is.</param>
/// <param name="Timeliness">How it compared with its due date, once completed.</param>
/// <param name="OverdueAlertRaisedAt">When its overdue alert was raised, if it was.</param>
/// <param name="InitialDueAt">The due instant on the receipt slip.</param>
/// <param name="CurrentDueAt">The date that drives alerts: the latest apology's, else <paramref name="DueAt"/>.</param>
/// <param name="Cycle">The SLA cycle (a restart after a supplement begins the next).</param>
/// <param name="IsPaused">Whether the clock is stopped (supplement, payment, processing stopped).</param>
/// <param name="Channel">How it was lodged.</param>
/// <param name="Rating">The applicant's rating (1 very satisfied, 2 satisfied, 3 not satisfied), if given.</param>
[GenerateSerializer, Immutable, Alias("opshub.dossier-snapshot")]
public sealed record DossierSnapshot(
    [property: Id(0)] string DossierCode,
    [property: Id(1)] string ProcedureCode,
    [property: Id(2)] string UnitCode,
    [property: Id(3)] DossierStatus Status,
    [property: Id(4)] DateTimeOffset ReceivedAt,
    [property: Id(5)] DateTimeOffset ClockStartedAt,
    [property: Id(6)] DateTimeOffset DueAt,
    [property: Id(7)] DateTimeOffset? CompletedAt,
    [property: Id(8)] Timeliness? Timeliness,
    [property: Id(9)] DateTimeOffset? OverdueAlertRaisedAt,
    [property: Id(10)] DateTimeOffset InitialDueAt,
    [property: Id(11)] DateTimeOffset CurrentDueAt,
    [property: Id(12)] int Cycle,
    [property: Id(13)] bool IsPaused,
    [property: Id(14)] DossierChannel Channel,
    [property: Id(15)] int? Rating = null);
