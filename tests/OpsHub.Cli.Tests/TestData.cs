using OpsHub.Cli.Simulation;
using OpsHub.Sla.Procedures;

namespace OpsHub.Cli.Tests;

/// <summary>The shipped province and catalogue, as copied next to the test binaries.</summary>
internal static class TestData
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Data");

    public static ProcedureCatalogue Catalogue { get; } = ProcedureCatalogueLoader.LoadFile(Path.Combine(Folder, "procedures.json"));

    public static Province LongDien { get; } = ProvinceLoader.LoadFile(Path.Combine(Folder, "province-long-dien.json"));

    /// <summary>A Monday, 07:00 in Vietnam.</summary>
    public static DateTimeOffset Monday { get; } = new(2026, 11, 23, 7, 0, 0, TimeSpan.FromHours(7));

    public static TrafficModel Model(int seed) => new(LongDien, Catalogue, TrafficOptions.Default, seed);

    /// <summary>Every dossier of ten working days of Long Điền (about 7,000).</summary>
    public static IReadOnlyList<DossierStory> TenDays(int seed)
    {
        var model = Model(seed);
        return [.. Enumerable.Range(0, 14).SelectMany(d => model.Dossiers(DateOnly.FromDateTime(Monday.DateTime).AddDays(d)))];
    }
}
