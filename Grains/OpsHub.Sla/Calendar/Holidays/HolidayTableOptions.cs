namespace OpsHub.Sla.Calendar.Holidays;

/// <summary>Where the per-year holiday files live and how changes to them are picked up.</summary>
public sealed class HolidayTableOptions
{
    /// <summary>
    /// The folder of <c>{yyyy}.json</c> files. A relative path is resolved against the application's base directory.
    /// Default <c>Data/holidays</c>, where the build copies the shipped files next to the binaries.
    /// </summary>
    public string Folder { get; set; } = Path.Combine("Data", "holidays");

    /// <summary>
    /// How long the folder must stay quiet after a change before it is reloaded, so that an editor's several writes
    /// cause one reload. Default 500 ms.
    /// </summary>
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Whether to watch the folder and reload on change. Default <c>true</c>.</summary>
    public bool WatchForChanges { get; set; } = true;

    /// <summary>The absolute folder path.</summary>
    public string ResolveFolder() => Path.GetFullPath(Folder, AppContext.BaseDirectory);

    /// <summary>Throws when an option is unusable; call at start.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Folder))
        {
            throw new ArgumentException("The holiday folder must be set.", nameof(Folder));
        }

        if (ReloadDelay < TimeSpan.Zero || ReloadDelay > TimeSpan.FromMinutes(10))
        {
            throw new ArgumentOutOfRangeException(nameof(ReloadDelay), ReloadDelay, "The reload delay must lie between 0 and 10 minutes.");
        }
    }
}
