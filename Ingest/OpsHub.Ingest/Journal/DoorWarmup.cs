using System.Globalization;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OpsHub.Ingest.Journal;

/// <summary>
/// Before the HTTP server takes requests, takes a sample NDJSON body through the door as a request would (reading,
/// checks, the journal's insert), in a transaction that is rolled back, on two connections. Without it a silo just
/// started answered its first second of requests 200-800 ms late: they queued behind the first inserts, which
/// compiled the door's code and opened connections (BENCHMARKS.md, run 10). Nothing is kept; a failure is logged and
/// the silo starts anyway, its door working cold.
/// </summary>
internal sealed partial class DoorWarmup(BulkIntake bulk, TimeProvider time, IOptions<JournalOptions> options, ILogger<DoorWarmup> logger) : IHostedService
{
    /// <summary>Events in the sample body: enough calls for the runtime to pick the per-event code out to optimise.</summary>
    internal const int SampleEvents = 100;

    private const int Rounds = 2;

    // Two inserts at once, so that two of the pool's connections are open and have run it.
    private const int Connections = 2;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.WarmUpDoor)
        {
            return;
        }

        var started = time.GetTimestamp();
        try
        {
            var sample = Sample(time.GetUtcNow());
            for (var round = 0; round < Rounds; round++)
            {
                await Task.WhenAll(Enumerable.Range(0, Connections)
                    .Select(_ => bulk.WarmUpAsync(new MemoryStream(sample, writable: false), cancellationToken)));
            }

            var elapsed = time.GetElapsedTime(started);
            LogWarmedUp(elapsed.TotalMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogWarmUpFailed(ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Receipts for a unit no configuration has, half with an id and half without (the door derives one from the bytes).
    /// </summary>
    internal static byte[] Sample(DateTimeOffset now)
    {
        var body = new StringBuilder();
        var occurredAt = now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        for (var i = 0; i < SampleEvents; i++)
        {
            var id = i % 2 == 0 ? string.Create(CultureInfo.InvariantCulture, $"\"id\":\"warmup-{i}\",") : "";
            body.Append(CultureInfo.InvariantCulture,
                $$"""{{{id}}"type":"dossier.received","dossierCode":"OPSHUB-WARMUP-{{i:D6}}","procedureCode":"WARMUP","unitCode":"WARMUP","occurredAt":"{{occurredAt}}","channel":1,"processingWorkingDays":5}""")
                .Append('\n');
        }

        return Encoding.UTF8.GetBytes(body.ToString());
    }

    [LoggerMessage(EventId = 2210, Level = LogLevel.Information, Message = "Ingest door warmed up in {Milliseconds:N0} ms (nothing kept)")]
    private partial void LogWarmedUp(double milliseconds);

    [LoggerMessage(EventId = 2211, Level = LogLevel.Warning, Message = "Warming up the ingest door failed; its first requests will be slower")]
    private partial void LogWarmUpFailed(Exception exception);
}
