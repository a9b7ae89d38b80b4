using OpsHub.Sla.Calendar;
using OpsHub.Sla.Calendar.Holidays;

namespace OpsHub.Sla.Tests.Calendar.Holidays;

public sealed class HolidayTableLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void LoadsEveryShippedYearWhenFolderIsNextToBinaries()
    {
        var table = ShippedHolidays.Table;

        table.Years.Keys.Order().ShouldBe([2025, 2026, 2027]);
        table.Years[2025].Status.ShouldBe(HolidayYearStatus.Declared);
        table.Years[2026].Status.ShouldBe(HolidayYearStatus.Declared);
        table.Years[2027].Status.ShouldBe(HolidayYearStatus.Provisional);
        table.Years.Values.ShouldAllBe(y => !string.IsNullOrWhiteSpace(y.Source) && !string.IsNullOrWhiteSpace(y.Note));
    }

    [Theory]
    [InlineData("2025-01-01", DayOverride.Holiday)]
    [InlineData("2025-01-27", DayOverride.Holiday)]
    [InlineData("2025-01-31", DayOverride.Holiday)]
    [InlineData("2025-04-07", DayOverride.Holiday)]
    [InlineData("2025-04-26", DayOverride.WorkingDay)]
    [InlineData("2025-05-02", DayOverride.Holiday)]
    [InlineData("2025-09-01", DayOverride.Holiday)]
    [InlineData("2026-01-02", DayOverride.Holiday)]
    [InlineData("2026-01-10", DayOverride.WorkingDay)]
    [InlineData("2026-02-16", DayOverride.Holiday)]
    [InlineData("2026-02-20", DayOverride.Holiday)]
    [InlineData("2026-04-27", DayOverride.Holiday)]
    [InlineData("2026-08-22", DayOverride.WorkingDay)]
    [InlineData("2026-08-31", DayOverride.Holiday)]
    [InlineData("2025-02-03", null)]
    [InlineData("2025-05-05", null)]
    [InlineData("2026-02-23", null)]
    [InlineData("2026-09-03", null)]
    public void ShippedTableGivesDeclaredOverrideWhenDateIsLooked(string date, DayOverride? expected) =>
        (ShippedHolidays.Table.Lookup(Iso.Date(date))?.Kind).ShouldBe(expected);

    [Fact]
    public void ShippedYearsEachHaveElevenStatutoryHolidayDaysWhenBridgeAndCompensatoryDaysAreLeftOut()
    {
        foreach (var year in ShippedHolidays.Table.Years.Values)
        {
            var statutory = year.Days.Where(d => d.Kind == DayOverride.Holiday
                && !d.NameVi.StartsWith("Nghỉ bù", StringComparison.Ordinal)
                && !d.NameVi.StartsWith("Nghỉ hoán đổi", StringComparison.Ordinal));
            statutory.Count().ShouldBe(11, $"year {year.Year}");
        }
    }

    [Fact]
    public void ProvisionalYearMatchesComputedDefaultsWhenGovernmentHasNotDeclared()
    {
        foreach (var year in ShippedHolidays.Table.Years.Values.Where(y => y.Status == HolidayYearStatus.Provisional))
        {
            var computed = ComputedHolidays.Default.ForYear(year.Year);
            year.Days.Select(d => (d.Date, d.Kind)).ShouldBe(computed.Days.Select(d => (d.Date, d.Kind)), $"year {year.Year}");
        }
    }

    [Fact]
    public void LoadsDaysInDateOrderWhenFileIsValid()
    {
        _folder.Write("2030.json", HolidayJson.Year(2030, "2030-04-30", "2030-04-27"));

        var year = HolidayTableLoader.LoadFolder(_folder.Path).Years[2030];

        year.Days.ShouldBe(
        [
            new DeclaredDay(new DateOnly(2030, 4, 27), DayOverride.WorkingDay, "Làm bù", "Make-up day"),
            new DeclaredDay(new DateOnly(2030, 4, 30), DayOverride.Holiday, "Ngày nghỉ", "Day off"),
        ]);
    }

    [Fact]
    public void IgnoresFileWhenNameIsNotAYear()
    {
        _folder.Write("2030.json", HolidayJson.Year(2030, "2030-04-30"));
        _folder.Write("schema.json", "not json at all");

        HolidayTableLoader.LoadFolder(_folder.Path).Years.Keys.ShouldBe([2030]);
    }

    [Fact]
    public void ThrowsWhenFolderDoesNotExist() =>
        Should.Throw<HolidayDataException>(() => HolidayTableLoader.LoadFolder(Path.Combine(_folder.Path, "missing")))
            .Message.ShouldContain("does not exist");

    [Fact]
    public void ThrowsNamingFileWhenYearInFileDiffersFromItsName()
    {
        _folder.Write("2031.json", HolidayJson.Year(2030, "2030-04-30"));

        var error = Should.Throw<HolidayDataException>(() => HolidayTableLoader.LoadFolder(_folder.Path));

        error.FileName.ShouldBe("2031.json");
        error.Message.ShouldContain("says year 2030");
    }

    [Theory]
    [InlineData("""{ "year": 2030, "status": "declared", "source": "x", "holidays": [ """, "not valid holiday JSON")]
    [InlineData("""{ "status": "declared", "source": "x", "holidays": [ { "date": "2030-01-01", "nameVi": "a", "nameEn": "b" } ] }""", "no \"year\"")]
    [InlineData("""{ "year": 2030, "status": "maybe", "source": "x", "holidays": [ { "date": "2030-01-01", "nameVi": "a", "nameEn": "b" } ] }""", "status \"maybe\"")]
    [InlineData("""{ "year": 2030, "status": "declared", "holidays": [ { "date": "2030-01-01", "nameVi": "a", "nameEn": "b" } ] }""", "no \"source\"")]
    [InlineData("""{ "year": 2030, "status": "declared", "source": "x", "holidays": [] }""", "lists no holidays")]
    [InlineData("""{ "year": 2030, "status": "declared", "source": "x", "holidays": [ { "date": "2031-01-01", "nameVi": "a", "nameEn": "b" } ] }""", "is not in 2030")]
    [InlineData("""{ "year": 2030, "status": "declared", "source": "x", "holidays": [ { "date": "2030-01-01", "nameVi": "a" } ] }""", "needs both nameVi and nameEn")]
    [InlineData("""{ "year": 2030, "status": "declared", "source": "x", "holidays": [ { "nameVi": "a", "nameEn": "b" } ] }""", "has no date")]
    [InlineData("""{ "year": 2030, "status": "declared", "source": "x", "holidays": [ { "date": "2030-01-01", "nameVi": "a", "nameEn": "b" }, { "date": "2030-01-01", "nameVi": "c", "nameEn": "d" } ] }""", "more than once")]
    [InlineData("""{ "year": 2030, "status": "declared", "source": "x", "holidays": [ { "date": "2030-01-01", "nameVi": "a", "nameEn": "b" } ], "workingDays": [ { "date": "2030-01-02", "nameVi": "c", "nameEn": "d" } ] }""", "is a Wednesday")]
    [InlineData("""{ "year": 2030, "status": "declared", "source": "x", "holiday": [ { "date": "2030-01-01", "nameVi": "a", "nameEn": "b" } ] }""", "not valid holiday JSON")]
    public void ThrowsWithReasonWhenFileBreaksARule(string json, string reason)
    {
        _folder.Write("2030.json", json);

        var error = Should.Throw<HolidayDataException>(() => HolidayTableLoader.LoadFolder(_folder.Path));

        error.Message.ShouldContain(reason);
        error.Message.ShouldContain("2030.json");
    }

    [Fact]
    public void AcceptsCommentsAndTrailingCommasWhenPeopleEditFiles()
    {
        var year = HolidayTableLoader.ParseYear(
            """
            // edited by hand
            { "year": 2030, "status": "provisional", "source": "x", "holidays": [ { "date": "2030-01-01", "nameVi": "a", "nameEn": "b", }, ], }
            """,
            "2030.json");

        year.Status.ShouldBe(HolidayYearStatus.Provisional);
        year.Days.Length.ShouldBe(1);
    }
}
