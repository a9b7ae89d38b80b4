using System.Globalization;

namespace OpsHub.Bench.Infrastructure;

/// <summary>Reads the silo's managed heap from its <c>/metrics</c> (Prometheus text format).</summary>
internal static class SiloMetrics
{
    private const string HeapAfterLastGc = "system_runtime_dotnet_gc_last_collection_heap_size{";

    /// <summary>
    /// The managed heap as the last garbage collection left it (the System.Runtime meter's
    /// <c>dotnet.gc.last_collection.heap.size</c>, summed over generations), in MiB: what is retained, without the
    /// garbage allocated since.
    /// </summary>
    public static async Task<double> ManagedHeapMiBAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var text = await client.GetStringAsync("metrics", cancellationToken);
        var bytes = text.Split('\n')
            .Where(line => line.StartsWith(HeapAfterLastGc, StringComparison.Ordinal))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
        return bytes / (1024 * 1024);
    }

    /// <summary>Grain activations on the silo (Orleans' <c>orleans-catalog-activations</c> gauge).</summary>
    public static async Task<long> ActivationsAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var text = await client.GetStringAsync("metrics", cancellationToken);
        return (long)text.Split('\n')
            .Where(line => line.StartsWith("microsoft_orleans_orleans_catalog_activations ", StringComparison.Ordinal) || line.StartsWith("microsoft_orleans_orleans_catalog_activations{", StringComparison.Ordinal))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }

    /// <summary>Each of <paramref name="samples"/> (a metric name, optionally with a label filter such as <c>name{outcome="applied"</c>): the sum of the samples it matches.</summary>
    public static async Task<double[]> SumsAsync(HttpClient client, IReadOnlyList<string> samples, CancellationToken cancellationToken)
    {
        var lines = (await client.GetStringAsync("metrics", cancellationToken)).Split('\n');
        return [.. samples.Select(sample => lines
            .Where(line => sample.Contains('{', StringComparison.Ordinal)
                ? line.StartsWith(sample, StringComparison.Ordinal)
                : line.StartsWith(sample + " ", StringComparison.Ordinal) || line.StartsWith(sample + "{", StringComparison.Ordinal))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture)))];
    }
}
