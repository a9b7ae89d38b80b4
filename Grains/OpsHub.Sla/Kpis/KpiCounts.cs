namespace OpsHub.Sla.Kpis;

/// <summary>
/// The additive counts behind a unit's KPIs for one period (today, this month, this year): they sum from communes to
/// their district and province, and every rate is derived from them. A count OpsHub cannot observe is <c>null</c>
/// ("not measured"), never zero.
/// </summary>
/// <param name="Received">Dossiers received in the period.</param>
/// <param name="ReceivedAtCounter">Of those, lodged at a counter (KenhThucHien 1).</param>
/// <param name="ReceivedOnline">Lodged online (2).</param>
/// <param name="ReceivedByPost">Lodged by post (3).</param>
/// <param name="DoneEarly">Completed in the period before their due date.</param>
/// <param name="DoneOnTime">Completed on their due date.</param>
/// <param name="DoneLate">Completed after their due date.</param>
/// <param name="Withdrawn">Withdrawn by the applicant in the period.</param>
/// <param name="InProgress">In work now (gauge; the same for every period).</param>
/// <param name="InProgressWithinDeadline">In work now and not overdue.</param>
/// <param name="Paused">In work now with the clock stopped (supplement, payment, stopped).</param>
/// <param name="DueSoon">In work now with an early warning raised, not yet overdue.</param>
/// <param name="Overdue">In work now past the due instant.</param>
/// <param name="RatedVerySatisfied">Ratings "rất hài lòng" given in the period.</param>
/// <param name="RatedSatisfied">Ratings "hài lòng".</param>
/// <param name="RatedNotSatisfied">Ratings "không hài lòng".</param>
/// <param name="FullOnline">Received online for a procedure offered fully online; <c>null</c> when not measured.</param>
/// <param name="FeeBearing">Received dossiers that bear a fee; <c>null</c> when not measured.</param>
/// <param name="PaidOnline">Of those, paid online; <c>null</c> when not measured.</param>
/// <param name="DigitisedAtIntake">Received with their papers digitised at intake; <c>null</c> when not measured.</param>
/// <param name="ElectronicResult">Completed with an electronic result; <c>null</c> when not measured.</param>
public sealed record KpiCounts(
    long Received,
    long ReceivedAtCounter,
    long ReceivedOnline,
    long ReceivedByPost,
    long DoneEarly,
    long DoneOnTime,
    long DoneLate,
    long Withdrawn,
    long InProgress,
    long InProgressWithinDeadline,
    long Paused,
    long DueSoon,
    long Overdue,
    long RatedVerySatisfied,
    long RatedSatisfied,
    long RatedNotSatisfied,
    long? FullOnline = null,
    long? FeeBearing = null,
    long? PaidOnline = null,
    long? DigitisedAtIntake = null,
    long? ElectronicResult = null)
{
    public static KpiCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Dossiers completed in the period.</summary>
    public long Done => DoneEarly + DoneOnTime + DoneLate;

    /// <summary>Ratings given in the period.</summary>
    public long Rated => RatedVerySatisfied + RatedSatisfied + RatedNotSatisfied;

    /// <summary>(early + on time) ÷ completed; <c>null</c> when nothing was completed.</summary>
    public double? OnTimeRate => Ratio(DoneEarly + DoneOnTime, Done);

    /// <summary>Online ÷ received.</summary>
    public double? OnlineShare => Ratio(ReceivedOnline, Received);

    /// <summary>Full-online ÷ received, when measured.</summary>
    public double? FullOnlineShare => FullOnline is { } n ? Ratio(n, Received) : null;

    /// <summary>Paid online ÷ fee-bearing, when measured.</summary>
    public double? PaidOnlineShare => PaidOnline is { } n && FeeBearing is { } d ? Ratio(n, d) : null;

    /// <summary>Digitised at intake ÷ received, when measured.</summary>
    public double? DigitisedShare => DigitisedAtIntake is { } n ? Ratio(n, Received) : null;

    /// <summary>Electronic results ÷ completed, when measured.</summary>
    public double? ElectronicResultShare => ElectronicResult is { } n ? Ratio(n, Done) : null;

    /// <summary>(very satisfied + satisfied) ÷ ratings.</summary>
    public double? SatisfactionRate => Ratio(RatedVerySatisfied + RatedSatisfied, Rated);

    /// <summary>The counts of two disjoint sets of dossiers (two communes, say); not measured stays not measured.</summary>
    public static KpiCounts operator +(KpiCounts a, KpiCounts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(
            a.Received + b.Received, a.ReceivedAtCounter + b.ReceivedAtCounter, a.ReceivedOnline + b.ReceivedOnline, a.ReceivedByPost + b.ReceivedByPost,
            a.DoneEarly + b.DoneEarly, a.DoneOnTime + b.DoneOnTime, a.DoneLate + b.DoneLate, a.Withdrawn + b.Withdrawn,
            a.InProgress + b.InProgress, a.InProgressWithinDeadline + b.InProgressWithinDeadline, a.Paused + b.Paused, a.DueSoon + b.DueSoon, a.Overdue + b.Overdue,
            a.RatedVerySatisfied + b.RatedVerySatisfied, a.RatedSatisfied + b.RatedSatisfied, a.RatedNotSatisfied + b.RatedNotSatisfied,
            Sum(a.FullOnline, b.FullOnline), Sum(a.FeeBearing, b.FeeBearing), Sum(a.PaidOnline, b.PaidOnline),
            Sum(a.DigitisedAtIntake, b.DigitisedAtIntake), Sum(a.ElectronicResult, b.ElectronicResult));
    }

    public static KpiCounts Add(KpiCounts a, KpiCounts b) => a + b;

    private static long? Sum(long? a, long? b) => a is { } x && b is { } y ? x + y : null;

    private static double? Ratio(long numerator, long denominator) => denominator == 0 ? null : (double)numerator / denominator;
}
