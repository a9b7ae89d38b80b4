using System.Collections.Immutable;

namespace OpsHub.Sla.Queues;

/// <summary>Queue settings bound from configuration (section <c>OpsHub:Queues</c>) and turned into a <see cref="QueuePolicy"/>.</summary>
public sealed class QueueOptions
{
    public const string Section = "OpsHub:Queues";

    /// <summary>Waiting time that raises a warning. Default 15 minutes.</summary>
    public TimeSpan WarningAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Waiting time that raises a critical alert. Default 30 minutes.</summary>
    public TimeSpan CriticalAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Per-field thresholds, by field code (lĩnh vực), overriding the two above. Default none.</summary>
    public IDictionary<string, FieldWaitOptions> Fields { get; } = new Dictionary<string, FieldWaitOptions>(StringComparer.Ordinal);

    /// <summary>
    /// Recognised priority categories, highest first. Default: people with merit to the revolution (người có công),
    /// disabled people, the elderly, pregnant women, parents with children under six.
    /// </summary>
    public IList<string> PriorityCategories { get; set; } = ["merit", "disabled", "elderly", "pregnant", "child-under-6"];

    /// <summary>How priority tickets are ordered. Default <see cref="PriorityMode.Strict"/>.</summary>
    public PriorityMode PriorityMode { get; set; } = PriorityMode.Strict;

    /// <summary>With <see cref="PriorityMode.Interleave"/>, priority calls in a row before another ticket's turn. Default 3.</summary>
    public int PriorityRun { get; set; } = 3;

    /// <summary>Service time assumed for estimates until one is measured. Default 10 minutes.</summary>
    public TimeSpan DefaultServiceTime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The policy these options describe.</summary>
    /// <exception cref="ArgumentException">An option is unusable; the message names it.</exception>
    public QueuePolicy ToPolicy()
    {
        var fields = Fields.ToDictionary(f => f.Key, f => Check(f.Value.WarningAfter ?? WarningAfter, f.Value.CriticalAfter ?? CriticalAfter, $"{Section}:Fields:{f.Key}"), StringComparer.Ordinal);
        if (PriorityRun < 1)
        {
            throw new ArgumentException($"{Section}:PriorityRun must be at least 1 (got {PriorityRun}).");
        }

        if (DefaultServiceTime <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{Section}:DefaultServiceTime must be positive.");
        }

        var categories = (PriorityCategories ?? []).Select(c => c.Trim()).ToList();
        if (categories.Any(c => c.Length == 0) || categories.Distinct(StringComparer.Ordinal).Count() != categories.Count)
        {
            throw new ArgumentException($"{Section}:PriorityCategories must be distinct, non-empty names.");
        }

        return new QueuePolicy(
            Check(WarningAfter, CriticalAfter, Section),
            fields.ToImmutableDictionary(StringComparer.Ordinal),
            [.. categories],
            PriorityMode,
            PriorityRun,
            DefaultServiceTime);
    }

    /// <summary>Throws when an option is unusable; call at start.</summary>
    public void Validate() => _ = ToPolicy();

    private static WaitThresholds Check(TimeSpan warning, TimeSpan critical, string where) =>
        warning > TimeSpan.Zero && critical > warning
            ? new WaitThresholds(warning, critical)
            : throw new ArgumentException($"{where}: the warning time must be positive and shorter than the critical time (got {warning} and {critical}).");
}
