namespace OpsHub.Sla.Calendar.Holidays;

/// <summary>How the statutory holidays are placed for a year that has no holiday table.</summary>
public sealed class ComputedHolidayOptions
{
    /// <summary>The largest distance from Tết a Tết day off may have; it keeps every day inside its Gregorian year.</summary>
    public const int MaxTetOffset = 15;

    /// <summary>
    /// The Tết days off, as day offsets from the first day of the lunar year. Default −1, 0, 1, 2, 3: the last day
    /// of the old year and the first four of the new one, the placement the government most often declares.
    /// </summary>
    public IReadOnlyList<int> TetDayOffsets { get; set; } = [-1, 0, 1, 2, 3];

    /// <summary>Which day joins 2 September. Default <see cref="NationalDayAdjacentDay.DayBefore"/> (1 September).</summary>
    public NationalDayAdjacentDay NationalDayAdjacentDay { get; set; } = NationalDayAdjacentDay.DayBefore;

    /// <summary>
    /// Whether a holiday on a Saturday or Sunday gives a compensatory day off on the next working day (Labour Code
    /// 2019, Art. 111–112). Default <c>true</c>.
    /// </summary>
    public bool CompensateWeekendHolidays { get; set; } = true;

    /// <summary>Throws when an option is unusable; call at start.</summary>
    public void Validate()
    {
        if (TetDayOffsets is not { Count: > 0 })
        {
            throw new ArgumentException("At least one Tết day off is needed.", nameof(TetDayOffsets));
        }

        if (TetDayOffsets.Distinct().Count() != TetDayOffsets.Count)
        {
            throw new ArgumentException("The Tết day offsets repeat a day.", nameof(TetDayOffsets));
        }

        if (TetDayOffsets.Any(o => Math.Abs(o) > MaxTetOffset))
        {
            throw new ArgumentOutOfRangeException(nameof(TetDayOffsets), $"Tết day offsets must lie within ±{MaxTetOffset} days.");
        }

        if (!Enum.IsDefined(NationalDayAdjacentDay))
        {
            throw new ArgumentOutOfRangeException(nameof(NationalDayAdjacentDay), NationalDayAdjacentDay, "Unknown National Day adjacent day.");
        }
    }
}
