using System.Collections.Immutable;

namespace OpsHub.Sla.Kpis;

/// <summary>
/// The 766 index settings bound from configuration (section <c>OpsHub:Kpis:Score766</c>) and turned into a
/// <see cref="Score766Policy"/>. The official sub-indicator formulas are not fully public, so every weight, share and
/// threshold is data; the defaults follow Decision 766/QĐ-TTg's published columns and one vendor's progress formula.
/// </summary>
public sealed class Score766Options
{
    public const string Section = "OpsHub:Kpis:Score766";

    private const double Tolerance = 1e-6;

    /// <summary>Publicity and transparency. Default weight 18, from <see cref="Score766Indicator.Publicity"/> (not observable).</summary>
    public Score766ColumnOptions Publicity { get; set; } = Score766ColumnOptions.Of(18, (Score766Indicator.Publicity, 1));

    /// <summary>Progress of handling. Default weight 20, from <see cref="Score766Indicator.Progress"/>.</summary>
    public Score766ColumnOptions Progress { get; set; } = Score766ColumnOptions.Of(20, (Score766Indicator.Progress, 1));

    /// <summary>Online public services. Default weight 12, half online share and half full-online share.</summary>
    public Score766ColumnOptions OnlineServices { get; set; } =
        Score766ColumnOptions.Of(12, (Score766Indicator.OnlineShare, 0.5), (Score766Indicator.FullOnlineShare, 0.5));

    /// <summary>Online payment. Default weight 10, from <see cref="Score766Indicator.PaidOnlineShare"/>.</summary>
    public Score766ColumnOptions OnlinePayment { get; set; } = Score766ColumnOptions.Of(10, (Score766Indicator.PaidOnlineShare, 1));

    /// <summary>Satisfaction. Default weight 18, from <see cref="Score766Indicator.SatisfactionRate"/>.</summary>
    public Score766ColumnOptions Satisfaction { get; set; } = Score766ColumnOptions.Of(18, (Score766Indicator.SatisfactionRate, 1));

    /// <summary>Digitisation. Default weight 22, half digitised at intake and half electronic results.</summary>
    public Score766ColumnOptions Digitisation { get; set; } =
        Score766ColumnOptions.Of(22, (Score766Indicator.DigitisedShare, 0.5), (Score766Indicator.ElectronicResultShare, 0.5));

    /// <summary>Lowest score rated excellent (Xuất sắc). Default 90.</summary>
    public double ExcellentFrom { get; set; } = 90;

    /// <summary>Lowest score rated good (Tốt). Default 80.</summary>
    public double GoodFrom { get; set; } = 80;

    /// <summary>Lowest score rated fair (Khá). Default 70.</summary>
    public double FairFrom { get; set; } = 70;

    /// <summary>Lowest score rated average (Trung bình); below it is weak (Yếu). Default 50.</summary>
    public double AverageFrom { get; set; } = 50;

    /// <summary>The policy these options describe.</summary>
    /// <exception cref="ArgumentException">An option is unusable; the message names it.</exception>
    public Score766Policy ToPolicy()
    {
        ImmutableArray<Score766ColumnPolicy> columns =
        [
            Column(Score766Column.Publicity, nameof(Publicity), Publicity),
            Column(Score766Column.Progress, nameof(Progress), Progress),
            Column(Score766Column.OnlineServices, nameof(OnlineServices), OnlineServices),
            Column(Score766Column.OnlinePayment, nameof(OnlinePayment), OnlinePayment),
            Column(Score766Column.Satisfaction, nameof(Satisfaction), Satisfaction),
            Column(Score766Column.Digitisation, nameof(Digitisation), Digitisation),
        ];
        var total = columns.Sum(c => c.Weight);
        if (Math.Abs(total - 100) > Tolerance)
        {
            throw new ArgumentException($"{Section}: the six column weights (…:Weight) must sum to 100 (got {total}).");
        }

        if (!(AverageFrom > 0 && FairFrom > AverageFrom && GoodFrom > FairFrom && ExcellentFrom > GoodFrom && ExcellentFrom <= 100))
        {
            throw new ArgumentException(
                $"{Section}: the band thresholds must be ordered 0 < AverageFrom < FairFrom < GoodFrom < ExcellentFrom ≤ 100 (got {AverageFrom}, {FairFrom}, {GoodFrom}, {ExcellentFrom}).");
        }

        return new Score766Policy(columns, new Score766Thresholds(ExcellentFrom, GoodFrom, FairFrom, AverageFrom));
    }

    /// <summary>Throws when an option is unusable; call at start.</summary>
    public void Validate() => _ = ToPolicy();

    private static Score766ColumnPolicy Column(Score766Column column, string name, Score766ColumnOptions? options)
    {
        var where = $"{Section}:{name}";
        if (options is null)
        {
            throw new ArgumentException($"{where} is missing.");
        }

        if (!double.IsFinite(options.Weight) || options.Weight < 0)
        {
            throw new ArgumentException($"{where}:Weight must be a number of points, 0 or more (got {options.Weight}).");
        }

        if (options.SubIndicators.Any(p => !Enum.IsDefined(p.Key) || !double.IsFinite(p.Value) || p.Value < 0))
        {
            throw new ArgumentException($"{where}:SubIndicators must name known sub-indicators with shares of 0 or more.");
        }

        var shares = options.SubIndicators.Sum(p => p.Value);
        if (Math.Abs(shares - 1) > Tolerance)
        {
            throw new ArgumentException($"{where}:SubIndicators: the shares must sum to 1 (got {shares}).");
        }

        return new Score766ColumnPolicy(
            column,
            options.Weight,
            [.. options.SubIndicators.Where(p => p.Value > 0).OrderBy(p => p.Key).Select(p => new Score766Part(p.Key, p.Value))]);
    }
}
