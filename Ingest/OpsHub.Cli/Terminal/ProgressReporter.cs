namespace OpsHub.Cli.Terminal;

/// <summary>
/// Shows progress on standard error at most once per interval: a bar redrawn in place on a terminal, plain lines
/// otherwise (logs and CI keep readable history).
/// </summary>
internal sealed class ProgressReporter(CliConsole console, TimeProvider time, TimeSpan interval)
{
    private const int BarWidth = 24;
    private readonly long _started = time.GetTimestamp();
    private long _lastShown = long.MinValue;
    private bool _drawn;

    /// <summary>Wall time since the reporter was made.</summary>
    public TimeSpan Elapsed => time.GetElapsedTime(_started);

    /// <summary>Shows <paramref name="text"/> (and a bar for <paramref name="fraction"/> when known) if the interval has passed.</summary>
    public void Report(string text, double? fraction, bool force = false)
    {
        var now = time.GetTimestamp();
        if (!force && _lastShown != long.MinValue && time.GetElapsedTime(_lastShown, now) < interval)
        {
            return;
        }

        _lastShown = now;
        if (console.ErrorIsTerminal)
        {
            var bar = fraction is { } f ? Bar(f) + " " : "";
            console.Error.Write($"\r{bar}{text}\u001b[K");
            _drawn = true;
        }
        else
        {
            console.Error.WriteLine(text);
        }
    }

    /// <summary>Ends the in-place line, so what follows starts on a fresh one.</summary>
    public void Finish()
    {
        if (_drawn)
        {
            console.Error.WriteLine();
            _drawn = false;
        }
    }

    private static string Bar(double fraction)
    {
        var clamped = Math.Clamp(fraction, 0, 1);
        var filled = (int)Math.Round(clamped * BarWidth);
        return $"[{new string('#', filled)}{new string('-', BarWidth - filled)}] {(int)Math.Round(clamped * 100),3}%";
    }
}
