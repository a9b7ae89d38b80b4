using System.Collections.Immutable;
using System.Text.Json;
using OpsHub.Grains.Abstractions.Dossiers;
using OpsHub.Grains.Abstractions.Dossiers.Timeline;
using OpsHub.Sla.Clock;

namespace OpsHub.Grains.Dossiers;

/// <summary>Persisted state of a dossier. Never reorder or reuse the ids.</summary>
[GenerateSerializer, Alias("opshub.dossier-state.v2")]
public sealed class DossierState
{
    [NonSerialized]
    private DossierClock? _clock;

    [Id(0)]
    public string? UnitCode { get; set; }

    [Id(1)]
    public DossierChannel Channel { get; set; }

    /// <summary>
    /// The SLA clock as JSON. The clock is a plain, Orleans-free value (OpsHub.Sla); JSON keeps it readable in the
    /// database and lets it evolve without serializer ids.
    /// </summary>
    [Id(2)]
    public string? ClockJson { get; set; }

    /// <summary>Whether the unit currently counts this dossier as open.</summary>
    [Id(3)]
    public bool CountedOpen { get; set; }

    /// <summary>Whether the unit currently counts this dossier as overdue.</summary>
    [Id(4)]
    public bool CountedOverdue { get; set; }

    /// <summary>The most recent refused events, kept so none is silently lost.</summary>
    [Id(5)]
    public ImmutableList<TimelineRefusal> Refusals { get; set; } = [];

    /// <summary>The processing time the unit declared at receipt, when it overrode the catalogue's.</summary>
    [Id(6)]
    public decimal? DeclaredWorkingDays { get; set; }

    /// <summary>Journal sequence numbers of the latest events applied, so a re-delivered event is a duplicate.</summary>
    [Id(7)]
    public ImmutableList<long> AppliedSeqs { get; set; } = [];

    /// <summary>How many changes the dossier has made to its unit's counts (the key of its next ledger row).</summary>
    [Id(8)]
    public int UnitChangeNo { get; set; }

    /// <summary>Whether the unit currently counts this dossier as paused (supplement, payment, stopped).</summary>
    [Id(9)]
    public bool CountedPaused { get; set; }

    /// <summary>Whether the unit currently counts this dossier as due soon (a warning raised, not yet overdue).</summary>
    [Id(10)]
    public bool CountedDueSoon { get; set; }

    /// <summary>The applicant's latest rating, if any.</summary>
    [Id(11)]
    public int? Rating { get; set; }

    /// <summary>When it was given.</summary>
    [Id(12)]
    public DateTimeOffset? RatedAt { get; set; }

    // Methods, not a property: the storage provider's JSON serializer must see only ClockJson.
    public DossierClock? ReadClock() => _clock ??= ClockJson is null ? null : JsonSerializer.Deserialize<DossierClock>(ClockJson);

    public void WriteClock(DossierClock? clock)
    {
        _clock = clock;
        ClockJson = clock is null ? null : JsonSerializer.Serialize(clock);
    }
}
