using System.Diagnostics.Metrics;

namespace OpsHub.Silo.Metrics;

/// <summary>Which .NET meters reach <c>/metrics</c> beside OpsHub's own series.</summary>
internal static class MeterExport
{
    // Orleans' per-message instruments that its Grafana dashboard (deploy/grafana/dashboards/opshub-orleans.json) reads.
    private static readonly HashSet<string> DashboardOrleansInstruments = new(StringComparer.Ordinal)
    {
        "orleans-messaging-processing-dispatcher-received",
        "orleans-messaging-processing-dispatcher-processed",
    };

    private static int _configured;

    /// <summary>Exports the meters <see cref="Exports"/> admits. Process-wide, so configured once.</summary>
    public static void Configure()
    {
        if (Interlocked.Exchange(ref _configured, 1) == 0)
        {
            Prometheus.Metrics.ConfigureMeterAdapter(o => o.InstrumentFilterPredicate = Exports);
        }
    }

    /// <summary>
    /// The runtime's, ASP.NET Core's and every observable instrument (read once per scrape) are exported. Instruments
    /// recorded on every database command or grain message are left out, except the two the Orleans dashboard plots:
    /// each such measurement goes through the adapter's label lookup, and Npgsql and Orleans record several for every
    /// applied event (measured in BENCHMARKS.md, run 6). .NET's private diagnostics meters (QUIC internals) are left out.
    /// </summary>
    public static bool Exports(Instrument instrument) => instrument.Meter.Name switch
    {
        var name when name.StartsWith("Private.", StringComparison.Ordinal) => false,
        "Npgsql" => instrument.IsObservable,
        "Microsoft.Orleans" => instrument.IsObservable || DashboardOrleansInstruments.Contains(instrument.Name),
        _ => true,
    };
}
