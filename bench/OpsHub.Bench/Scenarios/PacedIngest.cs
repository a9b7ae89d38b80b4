using System.Diagnostics;
using OpsHub.Bench.Infrastructure;
using OpsHub.Bench.Load;

namespace OpsHub.Bench.Scenarios;

/// <summary>
/// Acknowledgement latency at a fixed rate (open loop): a batch of <see cref="BenchOptions.PacedBatch"/> events leaves
/// on schedule whether or not earlier ones were answered, and latency counts from the scheduled instant, so a stall
/// shows up in the percentiles instead of slowing the sender. With a lead-in the schedule starts that much earlier
/// and runs on without a break; the lead-in's requests are counted apart.
/// </summary>
internal sealed class PacedIngest(BenchOptions options, HttpClient client, Action<string>? log = null)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    public async Task<IngestResult> RunAsync(string prefix, CancellationToken cancellationToken)
    {
        var sender = new BatchSender(client);
        var latencies = new Latencies();
        var leadIn = new Latencies();
        var byWindow = new Dictionary<long, Latencies>();
        long accepted = 0, failed = 0;
        var interval = Stopwatch.Frequency * options.PacedBatch / (double)options.PacedRate;
        var leadInRequests = (long)(options.PacedLeadIn.TotalSeconds * options.PacedRate / options.PacedBatch);
        var requests = leadInRequests + (long)(options.PacedDuration.TotalSeconds * options.PacedRate / options.PacedBatch);
        var start = Stopwatch.GetTimestamp();
        var measuredStart = start + (long)(leadInRequests * interval);
        var inFlight = new List<Task>();
        for (var i = 0L; i < requests && !cancellationToken.IsCancellationRequested; i++)
        {
            var scheduled = start + (long)(i * interval);
            var measured = i >= leadInRequests;
            var windowLatencies = leadIn;
            if (measured)
            {
                var window = (long)((i - leadInRequests) * interval / Stopwatch.Frequency / Window.TotalSeconds);
                if (!byWindow.TryGetValue(window, out windowLatencies))
                {
                    byWindow[window] = windowLatencies = new Latencies();
                }
            }

            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), scheduled);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            var body = EventLines.Batch(prefix, i * options.PacedBatch, options.PacedBatch, DateTimeOffset.UtcNow, 30);
            inFlight.Add(Task.Run(async () =>
            {
                var ok = 0;
                try
                {
                    (ok, _) = await sender.SendAsync(body, cancellationToken);
                }
                catch (HttpRequestException)
                {
                }

                if (measured)
                {
                    Interlocked.Add(ref accepted, ok);
                    Interlocked.Add(ref failed, options.PacedBatch - ok);
                    latencies.Add(Stopwatch.GetElapsedTime(scheduled));
                }

                windowLatencies.Add(Stopwatch.GetElapsedTime(scheduled));
            }, cancellationToken));
        }

        await Task.WhenAll(inFlight);
        var elapsed = Stopwatch.GetElapsedTime(measuredStart).TotalSeconds;

        // Steady or at the start (a silo just started still compiles its hot paths): each window's own percentiles.
        var lead = leadIn.Count > 0 ? $"lead-in of {options.PacedLeadIn.TotalSeconds:N0} s, not counted: {Line(leadIn)}\n  " : "";
        log?.Invoke($"paced: latency by {Window.TotalSeconds:N0} s window from the start of the measured part (p50 / p99 / max ms):\n  {lead}" + string.Join("\n  ", byWindow.Select(w =>
            $"{w.Key * Window.TotalSeconds,3:N0} s  {Line(w.Value)}")));
        return new IngestResult(accepted / elapsed, accepted, failed,
            latencies.Percentile(50), latencies.Percentile(95), latencies.Percentile(99), latencies.Max)
        {
            LeadIn = (leadIn.Percentile(50), leadIn.Percentile(99), leadIn.Max),
        };
    }

    private static string Line(Latencies l) => $"{l.Percentile(50),6:N1} / {l.Percentile(99),6:N1} / {l.Max,6:N1}";
}
