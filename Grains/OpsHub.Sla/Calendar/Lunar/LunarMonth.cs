namespace OpsHub.Sla.Calendar.Lunar;

/// <summary>One month of the lunar calendar: its place in the lunar year and its span of civil days.</summary>
/// <param name="Year">The lunar year the month belongs to.</param>
/// <param name="Number">The month number, 1 to 12.</param>
/// <param name="IsLeap">Whether this is the intercalary month, which repeats the number of the month before it.</param>
/// <param name="FirstDay">The civil date of day 1, the local (UTC+7) day that contains the new moon.</param>
/// <param name="Length">29 or 30 days.</param>
public readonly record struct LunarMonth(int Year, int Number, bool IsLeap, DateOnly FirstDay, int Length)
{
    /// <summary>The civil date of the last day of the month.</summary>
    public DateOnly LastDay => FirstDay.AddDays(Length - 1);
}
