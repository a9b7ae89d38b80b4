using OpsHub.Sla.Calendar;
using OpsHub.Sla.Calendar.Holidays;

namespace OpsHub.Sla.Tests.Calendar.Holidays;

public sealed class HolidayTableStoreTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2030, 3, 1, 2, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly ManualTimeProvider _time = new(Start);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void LoadsFolderWhenCreated()
    {
        _folder.Write("2030.json", HolidayJson.Year(2030, "2030-04-30"));

        using var store = Store();

        store.Current.Covers(2030).ShouldBeTrue();
        store.LastError.ShouldBeNull();
    }

    [Fact]
    public void ResolvesRelativeFolderAgainstBinariesWhenOptionIsDefault()
    {
        using var store = new HolidayTableStore(new HolidayTableOptions { WatchForChanges = false }, _time);

        store.Folder.ShouldBe(Path.Combine(AppContext.BaseDirectory, "Data", "holidays"));
        store.Current.Covers(2026).ShouldBeTrue();
    }

    [Fact]
    public void KeepsLastGoodTableAndExposesErrorWhenFileBecomesInvalid()
    {
        _folder.Write("2030.json", HolidayJson.Year(2030, "2030-04-30"));
        using var store = Store();
        var good = store.Current;

        _folder.Write("2030.json", """{ "year": 2030, "status": "declared", """);
        _time.Advance(TimeSpan.FromMinutes(5));

        store.Reload().ShouldBeFalse();
        store.Current.ShouldBeSameAs(good);
        store.LastError.ShouldNotBeNull();
        store.LastError.FileName.ShouldBe("2030.json");
        store.LastError.At.ShouldBe(Start.AddMinutes(5));
    }

    [Fact]
    public void ClearsErrorAndTakesNewTableWhenFileIsFixed()
    {
        _folder.Write("2030.json", "{");
        using var store = Store();
        store.LastError.ShouldNotBeNull();

        _folder.Write("2030.json", HolidayJson.Year(2030, "2030-05-02"));

        store.Reload().ShouldBeTrue();
        store.LastError.ShouldBeNull();
        (store.Current.Lookup(new DateOnly(2030, 5, 2))?.Kind).ShouldBe(DayOverride.Holiday);
    }

    [Fact]
    public void StartsEmptyWithErrorWhenFirstLoadFails()
    {
        _folder.Write("2030.json", "{");

        using var store = Store();

        store.Current.Years.ShouldBeEmpty();
        store.LastError.ShouldNotBeNull().Message.ShouldContain("2030.json");
    }

    [Fact]
    public void ReloadsOnceAfterQuietPeriodWhenChangesComeInABurst()
    {
        _folder.Write("2030.json", HolidayJson.Year(2030, "2030-04-30"));
        using var store = Store();
        var reloads = 0;
        store.Reloaded += (_, _) => reloads++;

        store.NotifyChanged();
        _time.Advance(TimeSpan.FromMilliseconds(300));
        store.NotifyChanged();
        _time.Advance(TimeSpan.FromMilliseconds(300));
        store.NotifyChanged();
        _time.Advance(TimeSpan.FromMilliseconds(499));
        reloads.ShouldBe(0);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        reloads.ShouldBe(1);

        _time.Advance(TimeSpan.FromMinutes(1));
        reloads.ShouldBe(1);
    }

    [Fact]
    public void DoesNotReloadWhenNotifiedAfterDispose()
    {
        var store = Store();
        var reloads = 0;
        store.Reloaded += (_, _) => reloads++;
        store.Dispose();

        store.NotifyChanged();
        _time.Advance(TimeSpan.FromMinutes(1));

        reloads.ShouldBe(0);
    }

    [Fact]
    public async Task ReloadsWhenFileChangesOnDisk()
    {
        _folder.Write("2030.json", HolidayJson.Year(2030, "2030-04-30"));
        var options = new HolidayTableOptions { Folder = _folder.Path, ReloadDelay = TimeSpan.FromMilliseconds(50) };
        using var store = new HolidayTableStore(options, TimeProvider.System);
        var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        store.Reloaded += (_, _) =>
        {
            if (store.Current.Covers(2031))
            {
                reloaded.TrySetResult();
            }
        };

        _folder.Write("2031.json", HolidayJson.Year(2031, "2031-04-30"));

        await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        store.Current.Covers(2030).ShouldBeTrue();
        store.LastError.ShouldBeNull();
    }

    [Fact]
    public void CalendarSeesReloadedTableWhenItFollowsTheStore()
    {
        _folder.Write("2030.json", HolidayJson.Year(2030, "2030-04-30"));
        using var store = Store();
        var calendar = new VietnamHolidayCalendar(store, ComputedHolidays.Default);
        calendar.Find(new DateOnly(2030, 6, 3)).ShouldBeNull();

        _folder.Write("2030.json", HolidayJson.Year(2030, "2030-06-03"));
        store.Reload().ShouldBeTrue();

        calendar.Find(new DateOnly(2030, 6, 3)).ShouldBe(DayOverride.Holiday);
        calendar.Find(new DateOnly(2030, 4, 30)).ShouldBeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void ThrowsWhenFolderOptionIsBlank(string folder) =>
        Should.Throw<ArgumentException>(() => new HolidayTableStore(new HolidayTableOptions { Folder = folder }, _time));

    [Fact]
    public void ThrowsWhenReloadDelayIsNegative() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new HolidayTableStore(new HolidayTableOptions { ReloadDelay = TimeSpan.FromSeconds(-1) }, _time));

    private HolidayTableStore Store() =>
        new(new HolidayTableOptions { Folder = _folder.Path, WatchForChanges = false, ReloadDelay = TimeSpan.FromMilliseconds(500) }, _time);
}
