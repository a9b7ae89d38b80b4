using System.Globalization;

namespace OpsHub.Sla.Kpis;

/// <summary>Computes a unit's 766 score from its <see cref="KpiCounts"/>; pure, so a roll-up scores its summed counts.</summary>
public static class Score766Calculator
{
    /// <summary>Scores <paramref name="counts"/> under <paramref name="policy"/>.</summary>
    public static Score766Result Score(KpiCounts counts, Score766Policy policy)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(policy);
        var columns = policy.Columns.Select(c => Column(c, counts)).ToList();
        var measured = columns.Where(c => c.IsMeasured && c.Weight > 0).ToList();
        var points = measured.Sum(c => c.Points!.Value);
        var weight = measured.Sum(c => c.Weight);
        double? score = weight > 0 ? 100 * points / weight : null;
        return new Score766Result(score, score is { } s ? policy.Thresholds.BandOf(s) : null, points, weight, [.. columns]);
    }

    private static Score766ColumnResult Column(Score766ColumnPolicy column, KpiCounts counts)
    {
        var readings = column.Parts.Select(p => Score766Indicators.Read(p.Indicator, counts)).ToList();
        double? value = readings.All(r => r.Value is not null)
            ? column.Parts.Zip(readings).Sum(x => x.First.Share * x.Second.Value!.Value)
            : null;
        return new Score766ColumnResult(
            column.Column,
            column.Weight,
            value,
            value * column.Weight,
            Formula(column, readings, r => r.FormulaVi),
            Formula(column, readings, r => r.FormulaEn),
            [.. readings]);
    }

    // "20 × (a ÷ b)" for one sub-indicator, "12 × (0.5 × (a ÷ b) + 0.5 × (c ÷ b))" for several.
    private static string Formula(Score766ColumnPolicy column, List<Score766Reading> readings, Func<Score766Reading, string> text)
    {
        var weight = column.Weight.ToString(CultureInfo.InvariantCulture);
        if (column.Parts.Length == 1)
        {
            return $"{weight} × ({text(readings[0])})";
        }

        var terms = column.Parts.Zip(readings).Select(x => $"{x.First.Share.ToString(CultureInfo.InvariantCulture)} × ({text(x.Second)})");
        return $"{weight} × ({string.Join(" + ", terms)})";
    }
}
