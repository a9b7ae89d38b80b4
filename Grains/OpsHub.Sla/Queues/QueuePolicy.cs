using System.Collections.Immutable;

namespace OpsHub.Sla.Queues;

/// <summary>The rules of a one-stop shop's queue: waiting-time thresholds, priority and the fallback service time.</summary>
/// <param name="DefaultThresholds">Thresholds for fields without their own.</param>
/// <param name="FieldThresholds">Thresholds by field code.</param>
/// <param name="PriorityCategories">Recognised priority categories, highest priority first.</param>
/// <param name="Mode">How priority tickets are ordered.</param>
/// <param name="PriorityRun">In <see cref="PriorityMode.Interleave"/>, priority calls in a row before another ticket's turn.</param>
/// <param name="DefaultServiceTime">Service time assumed for wait estimates before any service was measured.</param>
public sealed record QueuePolicy(
    WaitThresholds DefaultThresholds,
    ImmutableDictionary<string, WaitThresholds> FieldThresholds,
    ImmutableArray<string> PriorityCategories,
    PriorityMode Mode,
    int PriorityRun,
    TimeSpan DefaultServiceTime)
{
    /// <summary>15 and 30 minutes, strict priority for the categories of <see cref="QueueOptions"/>, 10 minutes of service.</summary>
    public static QueuePolicy Default { get; } = new QueueOptions().ToPolicy();

    /// <summary>The thresholds of <paramref name="fieldCode"/>.</summary>
    public WaitThresholds ThresholdsFor(string? fieldCode) =>
        fieldCode is not null && FieldThresholds.TryGetValue(fieldCode, out var own) ? own : DefaultThresholds;

    /// <summary>The rank of a priority category (0 is the highest), <c>null</c> for no category, -1 for an unknown one.</summary>
    public int? RankOf(string? category) => category is null ? null : PriorityCategories.IndexOf(category);
}
