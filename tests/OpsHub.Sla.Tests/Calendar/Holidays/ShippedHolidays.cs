using OpsHub.Sla.Calendar.Holidays;

namespace OpsHub.Sla.Tests.Calendar.Holidays;

/// <summary>The holiday files the build copies next to the binaries, loaded the way a host loads them.</summary>
internal static class ShippedHolidays
{
    public static string Folder => new HolidayTableOptions().ResolveFolder();

    public static HolidayTable Table { get; } = HolidayTableLoader.LoadFolder(Folder);

    public static VietnamHolidayCalendar Calendar { get; } = new(Table, ComputedHolidays.Default);
}
