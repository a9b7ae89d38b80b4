using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using OpsHub.Bench.Infrastructure;
using OpsHub.Bench.Load;

namespace OpsHub.Bench.Scenarios;

/// <summary>
/// A real SignalR client joins <see cref="BenchUnits.Live"/> on <c>/hubs/kpi</c>; single receipts for that unit are
/// posted at a steady rate, each stamped when sent. The k-th new dossier is visible once a <c>unitChanged</c> message
/// shows at least k more open dossiers than when the client joined; freshness is that arrival minus the send stamp.
/// </summary>
internal sealed class FreshnessScenario(BenchOptions options, SiloProcess silo, HttpClient client)
{
    public async Task<FreshnessResult> RunAsync(CancellationToken cancellationToken)
    {
        var sent = new long[options.FreshnessEvents];
        var seen = new long[options.FreshnessEvents];
        var baseline = 0;
        var connection = new HubConnectionBuilder().WithUrl(new Uri(silo.Address, "hubs/kpi"), o => o.Cookies = silo.Cookies).Build();
        connection.On<UnitFigures>("unitChanged", figures =>
        {
            var arrived = Stopwatch.GetTimestamp();
            var upTo = Math.Min(figures.Open - Volatile.Read(ref baseline), sent.Length);
            for (var k = 0; k < upTo; k++)
            {
                Interlocked.CompareExchange(ref seen[k], arrived, 0);
            }
        });
        await connection.StartAsync(cancellationToken);
        try
        {
            var joined = await connection.InvokeAsync<UnitFigures>("JoinUnit", BenchUnits.Live, cancellationToken);
            Volatile.Write(ref baseline, joined.Open);
            var interval = TimeSpan.FromSeconds(1 / options.FreshnessRate);
            var prefix = $"LIVE-{Guid.NewGuid():N}"[..13];
            for (var k = 0; k < sent.Length && !cancellationToken.IsCancellationRequested; k++)
            {
                var line = EventLines.Receipt(EventLines.Code(prefix, k), BenchUnits.Live, BenchUnits.Procedure(k), DateTimeOffset.UtcNow, 30);
                using var content = new StringContent(line, System.Text.Encoding.UTF8, "application/json");
                sent[k] = Stopwatch.GetTimestamp();
                using var response = await client.PostAsync("api/v1/events", content, cancellationToken);
                response.EnsureSuccessStatusCode();
                await Task.Delay(interval, cancellationToken);
            }

            // Whatever is not seen within 30 s of the last send counts as missing.
            var waited = Stopwatch.StartNew();
            while (seen.Any(s => s == 0) && waited.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(100, cancellationToken);
            }
        }
        finally
        {
            await connection.DisposeAsync();
        }

        var latencies = new Latencies();
        for (var k = 0; k < sent.Length; k++)
        {
            if (seen[k] != 0 && sent[k] != 0)
            {
                latencies.Add(Stopwatch.GetElapsedTime(sent[k], seen[k]));
            }
        }

        return new FreshnessResult(sent.Length, latencies.Count, latencies.Percentile(50), latencies.Percentile(95), latencies.Max);
    }
}
