using System.Collections.Immutable;

namespace OpsHub.Sla.Kpis;

/// <summary>The validated 766 configuration: six columns whose weights sum to 100, and ordered band thresholds.</summary>
public sealed record Score766Policy(ImmutableArray<Score766ColumnPolicy> Columns, Score766Thresholds Thresholds)
{
    /// <summary>The defaults of <see cref="Score766Options"/>.</summary>
    public static Score766Policy Default { get; } = new Score766Options().ToPolicy();
}
