using OpsHub.Sla.Kpis;

namespace OpsHub.Sla.Tests.Kpis;

public sealed class Score766CalculatorTests
{
    private const double Exact = 1e-9;

    // Received 100 (80 online), done 60 early + 20 on time + 5 late, 2 withdrawn, 8 in progress within deadline;
    // ratings 30 very satisfied + 15 satisfied + 5 not satisfied.
    private static readonly KpiCounts Basic = KpiCounts.Zero with
    {
        Received = 100,
        ReceivedOnline = 80,
        ReceivedAtCounter = 20,
        DoneEarly = 60,
        DoneOnTime = 20,
        DoneLate = 5,
        Withdrawn = 2,
        InProgress = 10,
        InProgressWithinDeadline = 8,
        RatedVerySatisfied = 30,
        RatedSatisfied = 15,
        RatedNotSatisfied = 5,
    };

    // Adds 40 fully online, 25 of 50 fee-bearing paid online, 70 digitised at intake and 85 of 85 electronic results.
    private static readonly KpiCounts Full = Basic with { FullOnline = 40, FeeBearing = 50, PaidOnline = 25, DigitisedAtIntake = 70, ElectronicResult = 85 };

    public static TheoryData<string, KpiCounts, double, double, double, Score766Band> Cases => new()
    {
        // progress 20 × 0.9 = 18; online 12 × (0.5 × 0.8 + 0.5 × 0.4) = 7.2; payment 10 × 0.5 = 5;
        // satisfaction 18 × 0.9 = 16.2; digitisation 22 × (0.5 × 0.7 + 0.5 × 1) = 18.7: 65.1 of 82 measured.
        { "all but publicity", Full, 65.1, 82, 100 * 65.1 / 82, Score766Band.Fair },

        // Only progress (18) and satisfaction (16.2) are observable: 34.2 of 38.
        { "dossier counts only", Basic, 34.2, 38, 100 * 34.2 / 38, Score766Band.Excellent },

        // Every counted dossier done late and every rating unhappy: 0 of 82.
        {
            "all late",
            KpiCounts.Zero with { Received = 10, DoneLate = 10, RatedNotSatisfied = 4, FullOnline = 0, FeeBearing = 5, PaidOnline = 0, DigitisedAtIntake = 0, ElectronicResult = 0 },
            0, 82, 0, Score766Band.Weak
        },

        // Progress 20 × 0.5 = 10, satisfaction 18 × 0.5 = 9; online 12 × (0.5 × 1 + 0.5 × 0.5) = 9; payment 10 × 0.6 = 6;
        // digitisation 22 × (0.5 × 0.5 + 0.5 × 0.2) = 7.7: 41.7 of 82.
        {
            "middling",
            KpiCounts.Zero with
            {
                Received = 10, ReceivedOnline = 10, DoneEarly = 5, DoneLate = 5, RatedSatisfied = 1, RatedNotSatisfied = 1,
                FullOnline = 5, FeeBearing = 5, PaidOnline = 3, DigitisedAtIntake = 5, ElectronicResult = 2,
            },
            41.7, 82, 100 * 41.7 / 82, Score766Band.Average
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ScoreIsPointsOverMeasuredWeightWhenSomeColumnsAreNotMeasured(string name, KpiCounts counts, double points, double weight, double score, Score766Band band)
    {
        var result = Score766Calculator.Score(counts, Score766Policy.Default);

        result.Points.ShouldBe(points, Exact, name);
        result.MeasuredWeight.ShouldBe(weight, Exact, name);
        result.Score!.Value.ShouldBe(score, Exact, name);
        result.Band.ShouldBe(band, name);
    }

    [Fact]
    public void PublicityIsNotMeasuredWhenDefaultPolicy()
    {
        var publicity = Score766Calculator.Score(Full, Score766Policy.Default).Columns[0];

        publicity.Column.ShouldBe(Score766Column.Publicity);
        publicity.IsMeasured.ShouldBeFalse();
        publicity.Points.ShouldBeNull();
        publicity.Weight.ShouldBe(18);
    }

    [Fact]
    public void ColumnIsNotMeasuredWhenOneOfItsInputsIsMissing()
    {
        var digitisation = Score766Calculator.Score(Full with { ElectronicResult = null }, Score766Policy.Default).Columns.Single(c => c.Column == Score766Column.Digitisation);

        digitisation.IsMeasured.ShouldBeFalse();
        digitisation.Readings.Single(r => r.Indicator == Score766Indicator.DigitisedShare).Value.ShouldBe(0.7);
        digitisation.Readings.Single(r => r.Indicator == Score766Indicator.ElectronicResultShare).Value.ShouldBeNull();
    }

    [Fact]
    public void ScoreAndBandAreNullWhenNothingIsMeasured()
    {
        var result = Score766Calculator.Score(KpiCounts.Zero, Score766Policy.Default);

        result.Score.ShouldBeNull();
        result.Band.ShouldBeNull();
        result.MeasuredWeight.ShouldBe(0);
        result.Columns.ShouldAllBe(c => !c.IsMeasured);
    }

    [Fact]
    public void ProgressIsCappedAtOneWhenOpenDossiersOutnumberTheReceived()
    {
        var counts = KpiCounts.Zero with { Received = 2, InProgress = 30, InProgressWithinDeadline = 30 };

        var progress = Score766Calculator.Score(counts, Score766Policy.Default).Columns.Single(c => c.Column == Score766Column.Progress);

        progress.Value!.Value.ShouldBe(1.0);
        progress.Points!.Value.ShouldBe(20.0);
    }

    [Fact]
    public void ColumnCarriesItsFormulaAndInputsWhenMeasured()
    {
        var progress = Score766Calculator.Score(Full, Score766Policy.Default).Columns.Single(c => c.Column == Score766Column.Progress);

        progress.FormulaVi.ShouldBe("20 × ((đang giải quyết trong hạn + trước hạn + đúng hạn + rút hồ sơ) ÷ hồ sơ tiếp nhận, tối đa 1)");
        progress.FormulaEn.ShouldBe("20 × ((in progress within deadline + early + on time + withdrawn) ÷ received, at most 1)");
        progress.NameVi.ShouldBe("Tiến độ giải quyết");
        progress.Readings.Single().Inputs.ShouldBe(
        [
            new("InProgressWithinDeadline", 8), new("DoneEarly", 60), new("DoneOnTime", 20), new("Withdrawn", 2), new("Received", 100),
        ]);
    }

    [Fact]
    public void FormulaShowsEachShareWhenColumnHasSeveralSubIndicators()
    {
        var online = Score766Calculator.Score(Full, Score766Policy.Default).Columns.Single(c => c.Column == Score766Column.OnlineServices);

        online.FormulaEn.ShouldBe("12 × (0.5 × (received online ÷ received) + 0.5 × (received fully online ÷ received))");
        online.Value!.Value.ShouldBe(0.6, Exact);
        online.Points!.Value.ShouldBe(7.2, Exact);
    }

    [Fact]
    public void ConfiguredWeightsAndSharesApplyWhenChanged()
    {
        var options = new Score766Options();
        options.Publicity.Weight = 0;
        options.Progress.Weight = 38;
        options.Satisfaction.SubIndicators[Score766Indicator.SatisfactionRate] = 0.5;
        options.Satisfaction.SubIndicators[Score766Indicator.OnTimeRate] = 0.5;

        var result = Score766Calculator.Score(Basic, options.ToPolicy());

        // Progress 38 × 0.9 = 34.2; satisfaction 18 × (0.5 × 80/85 + 0.5 × 0.9): of 56 measured points.
        var satisfaction = 18 * ((0.5 * 80 / 85) + (0.5 * 0.9));
        result.Points.ShouldBe(34.2 + satisfaction, Exact);
        result.MeasuredWeight.ShouldBe(56);
    }
}
