namespace OpsHub.Silo.Metrics;

/// <summary>Which .NET meters reach <c>/metrics</c> beside OpsHub's own series.</summary>
internal static class MeterExport
{
    private static int _configured;

    /// <summary>
    /// Exports the runtime's, Orleans', Npgsql's and ASP.NET Core's meters, but not .NET's private diagnostics meters
    /// (QUIC internals), which mean nothing to an operator. Process-wide, so configured once.
    /// </summary>
    public static void Configure()
    {
        if (Interlocked.Exchange(ref _configured, 1) == 0)
        {
            Prometheus.Metrics.ConfigureMeterAdapter(o =>
                o.InstrumentFilterPredicate = instrument => !instrument.Meter.Name.StartsWith("Private.", StringComparison.Ordinal));
        }
    }
}
