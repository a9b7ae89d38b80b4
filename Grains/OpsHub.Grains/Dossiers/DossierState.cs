using OpsHub.Grains.Abstractions.Dossiers;

namespace OpsHub.Grains.Dossiers;

/// <summary>Persisted state of a dossier. Never reorder or reuse the ids.</summary>
[GenerateSerializer, Alias("opshub.dossier-state")]
public sealed class DossierState
{
    [Id(0)]
    public string? ProcedureCode { get; set; }

    [Id(1)]
    public string? UnitCode { get; set; }

    [Id(2)]
    public DateTimeOffset ReceivedAt { get; set; }

    [Id(3)]
    public decimal ProcessingWorkingDays { get; set; }

    [Id(4)]
    public DateTimeOffset ClockStartedAt { get; set; }

    [Id(5)]
    public DateTimeOffset DueAt { get; set; }

    [Id(6)]
    public DossierStatus Status { get; set; }

    [Id(7)]
    public DateTimeOffset? CompletedAt { get; set; }

    [Id(8)]
    public Timeliness? Timeliness { get; set; }

    [Id(9)]
    public DateTimeOffset? OverdueAlertRaisedAt { get; set; }

    /// <summary>The SLA cycle; a restart of the clock (a later issue) starts a new one.</summary>
    [Id(10)]
    public int Cycle { get; set; } = 1;

    public bool IsReceived => UnitCode is not null;

    public bool IsClosed => Status is DossierStatus.ResultReady or DossierStatus.Returned;
}
