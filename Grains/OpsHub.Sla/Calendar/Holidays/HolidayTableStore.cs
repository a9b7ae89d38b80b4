namespace OpsHub.Sla.Calendar.Holidays;

/// <summary>
/// Holds the current holiday table and reloads it when a file in the folder changes (debounced by
/// <see cref="HolidayTableOptions.ReloadDelay"/>). A load that fails keeps the last good table and exposes the
/// error in <see cref="LastError"/> until a later load succeeds. If the very first load fails the table is empty,
/// so the computed defaults apply. Thread-safe.
/// </summary>
public sealed class HolidayTableStore : IDisposable
{
    private readonly Lock _loadGate = new();
    private readonly Lock _timerGate = new();
    private readonly string _folder;
    private readonly TimeSpan _delay;
    private readonly TimeProvider _time;
    private readonly ITimer _timer;
    private readonly FileSystemWatcher? _watcher;
    private HolidayTable _current = HolidayTable.Empty;
    private HolidayLoadError? _lastError;
    private bool _disposed;

    /// <summary>Loads the folder at once and, when enabled, starts watching it.</summary>
    /// <param name="options">Folder, reload delay and whether to watch; validated here.</param>
    /// <param name="time">The clock for the reload delay and error timestamps.</param>
    public HolidayTableStore(HolidayTableOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _folder = options.ResolveFolder();
        _delay = options.ReloadDelay;
        _time = time;
        _timer = time.CreateTimer(_ => Reload(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        Reload();
        if (options.WatchForChanges && Directory.Exists(_folder))
        {
            _watcher = Watch(_folder);
        }
    }

    /// <summary>
    /// Raised after every load attempt, successful or not, on the thread that loaded (a timer thread for reloads
    /// caused by changes). Handlers must not throw.
    /// </summary>
    public event EventHandler? Reloaded;

    /// <summary>The absolute folder the table is loaded from.</summary>
    public string Folder => _folder;

    /// <summary>The table in force: the last one that loaded without error.</summary>
    public HolidayTable Current => Volatile.Read(ref _current);

    /// <summary>The error of the last load attempt, or <c>null</c> when it succeeded.</summary>
    public HolidayLoadError? LastError => Volatile.Read(ref _lastError);

    /// <summary>Says the folder changed: a reload follows once it has been quiet for the reload delay.</summary>
    public void NotifyChanged()
    {
        lock (_timerGate)
        {
            if (!_disposed)
            {
                _timer.Change(_delay, Timeout.InfiniteTimeSpan);
            }
        }
    }

    /// <summary>Loads the folder now. Returns whether it succeeded; on failure the previous table stays.</summary>
    public bool Reload()
    {
        bool loaded;
        lock (_loadGate)
        {
            try
            {
                Volatile.Write(ref _current, HolidayTableLoader.LoadFolder(_folder));
                Volatile.Write(ref _lastError, null);
                loaded = true;
            }
            catch (HolidayDataException e)
            {
                Volatile.Write(ref _lastError, new HolidayLoadError(e.Message, e.FileName, _time.GetUtcNow()));
                loaded = false;
            }
        }

        Reloaded?.Invoke(this, EventArgs.Empty);
        return loaded;
    }

    public void Dispose()
    {
        lock (_timerGate)
        {
            _disposed = true;
        }

        _watcher?.Dispose();
        _timer.Dispose();
    }

    private FileSystemWatcher Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder, "*.json")
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            IncludeSubdirectories = false,
        };
        watcher.Changed += (_, _) => NotifyChanged();
        watcher.Created += (_, _) => NotifyChanged();
        watcher.Deleted += (_, _) => NotifyChanged();
        watcher.Renamed += (_, _) => NotifyChanged();

        // A lost event (buffer overflow) may hide a change: reload to be safe.
        watcher.Error += (_, _) => NotifyChanged();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
