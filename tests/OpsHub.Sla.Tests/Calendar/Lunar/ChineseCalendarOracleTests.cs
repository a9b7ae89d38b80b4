using System.Globalization;
using OpsHub.Sla.Calendar.Lunar;

namespace OpsHub.Sla.Tests.Calendar.Lunar;

/// <summary>
/// The production code never uses <see cref="ChineseLunisolarCalendar"/> (it reckons at UTC+8, not Vietnam's UTC+7).
/// Here it serves only as an independent oracle: the same rules computed at UTC+8 must reproduce its table.
/// </summary>
public sealed class ChineseCalendarOracleTests
{
    [Fact]
    public void TetAndLeapMonthMatchChineseTableWhenReckonedAtUtc8()
    {
        var ours = new VietnameseLunarCalendar(TimeSpan.FromHours(8));
        var chinese = new ChineseLunisolarCalendar();
        var mismatches = new List<string>();

        // China has reckoned at 120°E since 1929; earlier years used Beijing mean time (UTC+7:46).
        for (var year = 1929; year <= 2100; year++)
        {
            var newYear = DateOnly.FromDateTime(chinese.ToDateTime(year, 1, 1, 0, 0, 0, 0));
            var leapIndex = chinese.GetLeapMonth(year);
            int? leapMonth = leapIndex == 0 ? null : leapIndex - 1;
            if (ours.LunarNewYear(year) != newYear || ours.LeapMonthOf(year) != leapMonth)
            {
                mismatches.Add($"{year}: ours {ours.LunarNewYear(year)} leap {ours.LeapMonthOf(year)}, table {newYear} leap {leapMonth}");
            }
        }

        mismatches.ShouldBeEmpty();
    }

    [Fact]
    public void VietnameseTetDiffersFromChineseOnlyInKnownYearsWhenYearIsInRange()
    {
        var chineseReckoning = new VietnameseLunarCalendar(TimeSpan.FromHours(8));

        var differing = Enumerable.Range(1929, 2100 - 1929 + 1)
            .Where(y => VietnameseLunarCalendar.Instance.LunarNewYear(y) != chineseReckoning.LunarNewYear(y))
            .ToList();

        // Computed; 1968, 1985, 2007 and 2030 are the documented cases.
        differing.ShouldBe([1935, 1965, 1968, 1969, 1985, 2007, 2030, 2053]);
    }
}
