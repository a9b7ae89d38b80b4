namespace OpsHub.Bench.Infrastructure;

/// <summary>Durations recorded from many threads; percentiles by nearest rank.</summary>
internal sealed class Latencies
{
    private readonly List<double> _millis = [];
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _millis.Count;
            }
        }
    }

    public void Add(TimeSpan duration)
    {
        lock (_lock)
        {
            _millis.Add(duration.TotalMilliseconds);
        }
    }

    /// <summary>The <paramref name="percent"/>th percentile in milliseconds, or NaN when nothing was recorded.</summary>
    public double Percentile(double percent)
    {
        lock (_lock)
        {
            if (_millis.Count == 0)
            {
                return double.NaN;
            }

            _millis.Sort();
            var rank = (int)Math.Ceiling(percent / 100 * _millis.Count) - 1;
            return _millis[Math.Clamp(rank, 0, _millis.Count - 1)];
        }
    }

    public double Max => Percentile(100);
}
