using OpsHub.Sla.Calendar;
using OpsHub.Sla.Calendar.Holidays;
using OpsHub.Sla.Calendar.Lunar;

namespace OpsHub.Sla.Tests.Calendar.Holidays;

public sealed class ComputedHolidaysTests
{
    [Fact]
    public void ListsStatutoryDaysAndCompensationWhenYearIs2030()
    {
        // Tết 2 Feb 2030 is a Saturday: 1–5 Feb off, Saturday and Sunday compensated on Wed 6 and Thu 7.
        // 1 Sep 2030 (the adjacent day) is a Sunday: compensated on Tue 3 Sep.
        ComputedHolidays.Default.ForYear(2030).Days.Select(d => d.Date).ShouldBe(
        [
            Iso.Date("2030-01-01"),
            Iso.Date("2030-02-01"), Iso.Date("2030-02-02"), Iso.Date("2030-02-03"), Iso.Date("2030-02-04"), Iso.Date("2030-02-05"),
            Iso.Date("2030-02-06"), Iso.Date("2030-02-07"),
            Iso.Date("2030-04-12"),
            Iso.Date("2030-04-30"), Iso.Date("2030-05-01"),
            Iso.Date("2030-09-01"), Iso.Date("2030-09-02"), Iso.Date("2030-09-03"),
        ]);
    }

    [Theory]
    [InlineData("2030-01-01", "Tết Dương lịch")]
    [InlineData("2030-02-02", "Tết Nguyên đán (1/1/2030 âm lịch)")]
    [InlineData("2030-02-01", "Tết Nguyên đán (29/12/2029 âm lịch)")]
    [InlineData("2030-02-06", "Nghỉ bù Tết Nguyên đán (1/1/2030 âm lịch)")]
    [InlineData("2030-04-12", "Giỗ Tổ Hùng Vương (10/3 âm lịch)")]
    [InlineData("2030-09-03", "Nghỉ bù Quốc khánh (ngày liền kề)")]
    public void NamesDayWhenItIsAComputedHoliday(string date, string nameVi) =>
        ComputedHolidays.Default.Lookup(Iso.Date(date)).ShouldNotBeNull().NameVi.ShouldBe(nameVi);

    [Theory]
    [InlineData("2023-01-01", "2023-01-02")]
    [InlineData("2028-01-01", "2028-01-03")]
    [InlineData("2026-04-26", "2026-04-27")]
    [InlineData("2027-05-01", "2027-05-03")]
    [InlineData("2028-04-30", "2028-05-02")]
    [InlineData("2028-09-02", "2028-09-04")]
    [InlineData("2027-02-06", "2027-02-10")]
    [InlineData("2027-02-07", "2027-02-11")]
    public void CompensatesOnNextFreeWeekdayWhenHolidayFallsOnWeekend(string holiday, string compensation)
    {
        var computed = ComputedHolidays.Default;

        computed.Lookup(Iso.Date(holiday)).ShouldNotBeNull();
        var day = computed.Lookup(Iso.Date(compensation)).ShouldNotBeNull();
        day.Kind.ShouldBe(DayOverride.Holiday);
        day.NameVi.ShouldStartWith("Nghỉ bù");
    }

    [Fact]
    public void DoesNotCompensateWhenOptionIsOff()
    {
        var computed = new ComputedHolidays(new ComputedHolidayOptions { CompensateWeekendHolidays = false }, VietnameseLunarCalendar.Instance);

        computed.ForYear(2030).Days.Length.ShouldBe(11);
        computed.Lookup(new DateOnly(2030, 2, 6)).ShouldBeNull();
    }

    [Fact]
    public void UsesThirdSeptemberWhenAdjacentDayIsAfter()
    {
        var computed = new ComputedHolidays(new ComputedHolidayOptions { NationalDayAdjacentDay = NationalDayAdjacentDay.DayAfter }, VietnameseLunarCalendar.Instance);

        computed.Lookup(new DateOnly(2030, 9, 3)).ShouldNotBeNull().NameEn.ShouldBe("National Day (adjacent day)");
        computed.Lookup(new DateOnly(2030, 9, 1)).ShouldBeNull();
    }

    [Fact]
    public void PlacesTetDaysAtOffsetsWhenOffsetsAreConfigured()
    {
        var computed = new ComputedHolidays(new ComputedHolidayOptions { TetDayOffsets = [-2, -1, 0, 1, 2] }, VietnameseLunarCalendar.Instance);

        computed.ForYear(2026).Days.Where(d => d.NameVi.StartsWith("Tết Nguyên", StringComparison.Ordinal)).Select(d => d.Date)
            .ShouldBe([Iso.Date("2026-02-15"), Iso.Date("2026-02-16"), Iso.Date("2026-02-17"), Iso.Date("2026-02-18"), Iso.Date("2026-02-19")]);
    }

    [Theory]
    [InlineData(2025, "2025-01-28")]
    [InlineData(2026, "2026-02-16")]
    public void DefaultTetStartsOnLastDayOfOldYearWhenPlacementIsDefault(int year, string eve)
    {
        var tet = ComputedHolidays.Default.ForYear(year).Days.Where(d => d.NameVi.StartsWith("Tết Nguyên", StringComparison.Ordinal)).ToList();

        tet.Count.ShouldBe(5);
        tet[0].Date.ShouldBe(Iso.Date(eve));
    }

    [Fact]
    public void MatchesDeclaredTetWhenGovernmentChoseDefaultPlacement()
    {
        // 2026: the declared five statutory Tết days are exactly the default placement.
        static IEnumerable<DateOnly> Tet(HolidayYear year) =>
            year.Days.Where(d => d.NameVi.StartsWith("Tết Nguyên", StringComparison.Ordinal)).Select(d => d.Date);

        Tet(ComputedHolidays.Default.ForYear(2026)).ShouldBe(Tet(ShippedHolidays.Table.Years[2026]));
    }

    [Fact]
    public void HasElevenStatutoryDaysAndOnlyWeekdayCompensationsWhenYearIsInRange()
    {
        foreach (var year in Enumerable.Range(2000, 101))
        {
            var days = ComputedHolidays.Default.ForYear(year).Days;
            var compensations = days.Where(d => d.NameVi.StartsWith("Nghỉ bù", StringComparison.Ordinal)).ToList();

            (days.Length - compensations.Count).ShouldBe(11, $"year {year}");
            compensations.ShouldAllBe(d => d.Date.DayOfWeek != DayOfWeek.Saturday && d.Date.DayOfWeek != DayOfWeek.Sunday);
            days.ShouldAllBe(d => d.Date.Year == year);
        }
    }

    [Fact]
    public void ThrowsWhenYearIsOutsideLunarCalendar() =>
        Should.Throw<ArgumentOutOfRangeException>(() => ComputedHolidays.Default.ForYear(2200));

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 0, 0, 1 })]
    [InlineData(new[] { -1, 0, 16 })]
    public void ThrowsWhenTetOffsetsAreUnusable(int[] offsets) =>
        Should.Throw<ArgumentException>(() => new ComputedHolidays(new ComputedHolidayOptions { TetDayOffsets = offsets }, VietnameseLunarCalendar.Instance));
}
