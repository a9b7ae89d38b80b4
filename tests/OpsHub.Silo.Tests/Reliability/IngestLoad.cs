using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;

namespace OpsHub.Silo.Tests.Reliability;

/// <summary>
/// A source under load, bounded in count (the planned dossiers' events, each sent until acknowledged) and in time:
/// <paramref name="concurrency"/> senders, each posting one dossier's events in order, paced to at most
/// <paramref name="eventsPerSecond"/> in all. A send that fails (process killed, connection refused, 5xx, 429,
/// timeout) is sent again, byte for byte, as a real source retries; only a 2xx counts as acknowledged.
/// </summary>
internal sealed class IngestLoad(
    IReadOnlyList<PlannedDossier> dossiers, Func<HttpClient?> client, int concurrency, double eventsPerSecond, TimeSpan bound)
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

    private readonly ConcurrentQueue<string> _refusals = new();
    private readonly ConcurrentQueue<AcknowledgedEvent> _acknowledged = new();
    private readonly Lock _pace = new();
    private readonly long _interval = (long)(Stopwatch.Frequency / eventsPerSecond);
    private long _nextSlot = Stopwatch.GetTimestamp();
    private int _nextDossier = -1;
    private int _retries;

    /// <summary>Every event a silo answered with 2xx, with the instant it did.</summary>
    public IReadOnlyCollection<AcknowledgedEvent> Acknowledged => _acknowledged;

    /// <summary>Events answered with a 4xx other than 408/429: the harness sends none, so any is a failure.</summary>
    public IReadOnlyCollection<string> Refusals => _refusals;

    /// <summary>Sends that failed and were sent again.</summary>
    public int Retries => _retries;

    public int EventCount { get; } = dossiers.Sum(d => d.Payloads.Length);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(bound);
        var senders = Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => SendAllAsync(bounded.Token), CancellationToken.None));
        try
        {
            await Task.WhenAll(senders);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The load did not finish within {bound}: {_acknowledged.Count} of {EventCount} events acknowledged.");
        }
    }

    private async Task SendAllAsync(CancellationToken token)
    {
        for (var i = Interlocked.Increment(ref _nextDossier); i < dossiers.Count; i = Interlocked.Increment(ref _nextDossier))
        {
            var dossier = dossiers[i];
            for (var n = 0; n < dossier.Payloads.Length; n++)
            {
                await SendUntilAnsweredAsync(dossier, n, token);
            }
        }
    }

    private async Task SendUntilAnsweredAsync(PlannedDossier dossier, int index, CancellationToken token)
    {
        await PaceAsync(token);
        while (true)
        {
            token.ThrowIfCancellationRequested();
            if (client() is not { } http)
            {
                await Task.Delay(RetryDelay, token);
                continue;
            }

            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
                timeout.CancelAfter(RequestTimeout);
                using var content = new StringContent(dossier.Payloads[index], Encoding.UTF8, "application/json");
                using var response = await http.PostAsync("api/v1/events", content, timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    _acknowledged.Enqueue(new AcknowledgedEvent(dossier.Code, index, (int)response.StatusCode, DateTimeOffset.UtcNow));
                    return;
                }

                if (response.StatusCode is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests) && (int)response.StatusCode < 500)
                {
                    var body = await response.Content.ReadAsStringAsync(token);
                    _refusals.Enqueue($"{dossier.Code} event {index}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is OperationCanceledException && !token.IsCancellationRequested))
            {
                // The silo died under the request, is restarting, or did not answer in time: send it again.
            }

            Interlocked.Increment(ref _retries);
            await Task.Delay(RetryDelay, token);
        }
    }

    private async Task PaceAsync(CancellationToken token)
    {
        long slot;
        lock (_pace)
        {
            slot = Math.Max(Stopwatch.GetTimestamp(), _nextSlot);
            _nextSlot = slot + _interval;
        }

        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), slot);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, token);
        }
    }
}
