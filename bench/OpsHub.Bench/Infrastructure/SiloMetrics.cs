using System.Globalization;

namespace OpsHub.Bench.Infrastructure;

/// <summary>Reads one gauge from the silo's <c>/metrics</c> (Prometheus text format).</summary>
internal static class SiloMetrics
{
    /// <summary>The managed heap (prometheus-net's <c>dotnet_total_memory_bytes</c>, GC.GetTotalMemory) in MiB.</summary>
    public static async Task<double> ManagedHeapMiBAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var text = await client.GetStringAsync("metrics", cancellationToken);
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("dotnet_total_memory_bytes ", StringComparison.Ordinal))
            {
                return double.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture) / (1024 * 1024);
            }
        }

        return double.NaN;
    }
}
