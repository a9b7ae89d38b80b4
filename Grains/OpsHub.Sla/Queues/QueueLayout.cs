using System.Collections.Immutable;

namespace OpsHub.Sla.Queues;

/// <summary>Which fields each counter of a one-stop shop serves, from configuration.</summary>
/// <param name="Counters">Fields by counter code; a counter with no fields listed serves every field.</param>
public sealed record QueueLayout(ImmutableDictionary<string, ImmutableArray<string>> Counters)
{
    public static QueueLayout Empty { get; } = new(ImmutableDictionary<string, ImmutableArray<string>>.Empty);

    /// <summary>Whether <paramref name="counter"/> serves <paramref name="field"/> (a ticket without a field suits any counter).</summary>
    public bool Serves(string counter, string? field) =>
        field is null || !Counters.TryGetValue(counter, out var fields) || fields.IsDefaultOrEmpty || fields.Contains(field);

    /// <summary>The configured counters that serve <paramref name="field"/>.</summary>
    public IEnumerable<string> CountersServing(string field) => Counters.Keys.Where(c => Serves(c, field)).Order(StringComparer.Ordinal);
}
