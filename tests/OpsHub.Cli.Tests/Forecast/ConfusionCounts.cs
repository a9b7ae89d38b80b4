using System.Globalization;

namespace OpsHub.Cli.Tests.Forecast;

/// <summary>Predicted late against actually late, over forecast dossiers.</summary>
internal sealed record ConfusionCounts(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public static ConfusionCounts Zero { get; } = new(0, 0, 0, 0);

    public int Total => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public int ActuallyLate => TruePositives + FalseNegatives;

    public int PredictedLate => TruePositives + FalsePositives;

    /// <summary>Of those predicted late, the share that were; <c>null</c> when none was predicted.</summary>
    public double? Precision => PredictedLate == 0 ? null : (double)TruePositives / PredictedLate;

    /// <summary>Of those that were late, the share predicted; <c>null</c> when none was late.</summary>
    public double? Recall => ActuallyLate == 0 ? null : (double)TruePositives / ActuallyLate;

    public ConfusionCounts Count(bool predicted, bool late) => (predicted, late) switch
    {
        (true, true) => this with { TruePositives = TruePositives + 1 },
        (true, false) => this with { FalsePositives = FalsePositives + 1 },
        (false, true) => this with { FalseNegatives = FalseNegatives + 1 },
        _ => this with { TrueNegatives = TrueNegatives + 1 },
    };

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"precision {Show(Precision)} ({TruePositives}/{PredictedLate}), recall {Show(Recall)} ({TruePositives}/{ActuallyLate}), TP {TruePositives} FP {FalsePositives} FN {FalseNegatives} TN {TrueNegatives}");

    private static string Show(double? share) => share is { } s ? s.ToString("P1", CultureInfo.InvariantCulture) : "n/a";
}
