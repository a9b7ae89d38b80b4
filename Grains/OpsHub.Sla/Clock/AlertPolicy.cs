using System.Collections.Immutable;

namespace OpsHub.Sla.Clock;

/// <summary>When a dossier's alerts fire; kept with the clock so a later change of settings leaves open dossiers alone.</summary>
public sealed record AlertPolicy
{
    /// <summary>Builds a policy; fractions are sorted and must lie strictly between 0 and 1, without repeats.</summary>
    /// <param name="warningFractions">The points of the allowed working time at which early warnings fire.</param>
    /// <param name="lateWithoutApologyGrace">Working time after the due instant before a missing apology alerts.</param>
    public AlertPolicy(ImmutableArray<decimal> warningFractions, TimeSpan lateWithoutApologyGrace)
    {
        var fractions = warningFractions.IsDefault ? [] : warningFractions;
        if (fractions.Any(f => f is <= 0 or >= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(warningFractions), "Warning fractions must lie strictly between 0 and 1.");
        }

        if (fractions.Distinct().Count() != fractions.Length)
        {
            throw new ArgumentException("A warning fraction is listed twice.", nameof(warningFractions));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(lateWithoutApologyGrace, TimeSpan.Zero);
        WarningFractions = [.. fractions.Order()];
        LateWithoutApologyGrace = lateWithoutApologyGrace;
    }

    /// <summary>Warnings at 50% and 75% of the allowed working time; a missing apology alerts at the due instant.</summary>
    public static AlertPolicy Default { get; } = new([0.5m, 0.75m], TimeSpan.Zero);

    /// <summary>The early-warning points, ascending, as fractions of the allowed working time.</summary>
    public ImmutableArray<decimal> WarningFractions { get; }

    /// <summary>Working time after a due instant before "late without apology" fires; zero fires it at the due instant.</summary>
    public TimeSpan LateWithoutApologyGrace { get; }

    /// <summary>Value equality, fraction by fraction (an immutable array alone compares by reference).</summary>
    public bool Equals(AlertPolicy? other) =>
        other is not null
        && WarningFractions.SequenceEqual(other.WarningFractions)
        && LateWithoutApologyGrace == other.LateWithoutApologyGrace;

    public override int GetHashCode() =>
        WarningFractions.Aggregate(LateWithoutApologyGrace.GetHashCode(), HashCode.Combine);
}
