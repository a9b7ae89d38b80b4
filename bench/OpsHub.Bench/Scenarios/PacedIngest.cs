using System.Diagnostics;
using OpsHub.Bench.Infrastructure;
using OpsHub.Bench.Load;

namespace OpsHub.Bench.Scenarios;

/// <summary>
/// Acknowledgement latency at a fixed rate (open loop): a batch of <see cref="BenchOptions.PacedBatch"/> events leaves
/// on schedule whether or not earlier ones were answered, and latency counts from the scheduled instant, so a stall
/// shows up in the percentiles instead of slowing the sender.
/// </summary>
internal sealed class PacedIngest(BenchOptions options, HttpClient client, Action<string>? log = null)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    public async Task<IngestResult> RunAsync(string prefix, CancellationToken cancellationToken)
    {
        var sender = new BatchSender(client);
        var latencies = new Latencies();
        var byWindow = new Dictionary<long, Latencies>();
        long accepted = 0, failed = 0;
        var requests = (long)(options.PacedDuration.TotalSeconds * options.PacedRate / options.PacedBatch);
        var interval = Stopwatch.Frequency * options.PacedBatch / (double)options.PacedRate;
        var start = Stopwatch.GetTimestamp();
        var inFlight = new List<Task>();
        for (var i = 0L; i < requests && !cancellationToken.IsCancellationRequested; i++)
        {
            var scheduled = start + (long)(i * interval);
            var window = (long)(i * interval / Stopwatch.Frequency / Window.TotalSeconds);
            if (!byWindow.TryGetValue(window, out var windowLatencies))
            {
                byWindow[window] = windowLatencies = new Latencies();
            }

            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), scheduled);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            var body = EventLines.Batch(prefix, i * options.PacedBatch, options.PacedBatch, DateTimeOffset.UtcNow, 30);
            inFlight.Add(Task.Run(async () =>
            {
                try
                {
                    var (ok, _) = await sender.SendAsync(body, cancellationToken);
                    Interlocked.Add(ref accepted, ok);
                    Interlocked.Add(ref failed, options.PacedBatch - ok);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Add(ref failed, options.PacedBatch);
                }

                latencies.Add(Stopwatch.GetElapsedTime(scheduled));
                windowLatencies.Add(Stopwatch.GetElapsedTime(scheduled));
            }, cancellationToken));
        }

        await Task.WhenAll(inFlight);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;

        // Steady or at the start (a silo just started still compiles its hot paths): each window's own percentiles.
        log?.Invoke($"paced: latency by {Window.TotalSeconds:N0} s window from the start (p50 / p99 / max ms):\n  " + string.Join("\n  ", byWindow.Select(w =>
            $"{w.Key * Window.TotalSeconds,3:N0} s  {w.Value.Percentile(50),6:N1} / {w.Value.Percentile(99),6:N1} / {w.Value.Max,6:N1}")));
        return new IngestResult(accepted / elapsed, accepted, failed,
            latencies.Percentile(50), latencies.Percentile(95), latencies.Percentile(99), latencies.Max);
    }
}
