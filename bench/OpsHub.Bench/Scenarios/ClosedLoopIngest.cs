using System.Diagnostics;
using OpsHub.Bench.Infrastructure;
using OpsHub.Bench.Load;

namespace OpsHub.Bench.Scenarios;

/// <summary>
/// Durable ingest throughput: <see cref="BenchOptions.IngestClients"/> loopback clients each send an NDJSON batch,
/// wait for its acknowledgement (committed to the PostgreSQL journal) and send the next, for a fixed time or count.
/// </summary>
internal sealed class ClosedLoopIngest(BenchOptions options, HttpClient client)
{
    private long _next;

    public async Task<IngestResult> RunAsync(string prefix, CancellationToken cancellationToken)
    {
        var sender = new BatchSender(client);
        var latencies = new Latencies();
        long accepted = 0, failed = 0;
        var timer = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, options.IngestClients).Select(async _ =>
        {
            while (timer.Elapsed < options.IngestDuration && !cancellationToken.IsCancellationRequested)
            {
                var first = Interlocked.Add(ref _next, options.IngestBatch) - options.IngestBatch;
                if (first >= options.IngestMaxEvents)
                {
                    break;
                }

                var body = EventLines.Batch(prefix, first, options.IngestBatch, DateTimeOffset.UtcNow, 30);
                try
                {
                    var (ok, latency) = await sender.SendAsync(body, cancellationToken);
                    Interlocked.Add(ref accepted, ok);
                    Interlocked.Add(ref failed, options.IngestBatch - ok);
                    latencies.Add(latency);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Add(ref failed, options.IngestBatch);
                }
            }
        });
        await Task.WhenAll(workers);
        var elapsed = timer.Elapsed.TotalSeconds;
        return new IngestResult(accepted / elapsed, accepted, failed,
            latencies.Percentile(50), latencies.Percentile(95), latencies.Percentile(99), latencies.Max);
    }
}
