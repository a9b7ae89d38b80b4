using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpsHub.Bench.Infrastructure;

namespace OpsHub.Bench.Ceiling;

/// <summary>
/// The raw Orleans grain-call rate on this machine: a dedicated in-process silo (localhost clustering, no storage)
/// and <see cref="BenchOptions.CeilingConcurrency"/> calls in flight to 10,000 echo grains, for a fixed time.
/// </summary>
internal sealed class CeilingScenario(BenchOptions options)
{
    private const int Grains = 10_000;

    public async Task<CeilingResult> RunAsync(CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo => silo.UseLocalhostClustering(FreePort.Next(), FreePort.Next()));
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        try
        {
            var factory = host.Services.GetRequiredService<IGrainFactory>();
            await CallAsync(factory, TimeSpan.FromSeconds(2), cancellationToken); // activations and JIT
            var timer = Stopwatch.StartNew();
            var calls = await CallAsync(factory, options.CeilingDuration, cancellationToken);
            return new CeilingResult(calls / timer.Elapsed.TotalSeconds, calls);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private async Task<long> CallAsync(IGrainFactory factory, TimeSpan duration, CancellationToken cancellationToken)
    {
        var calls = 0L;
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, options.CeilingConcurrency).Select(async worker =>
        {
            var key = worker;
            var mine = 0L;
            while (Stopwatch.GetTimestamp() < until && !cancellationToken.IsCancellationRequested)
            {
                key = (key + options.CeilingConcurrency) % Grains;
                await factory.GetGrain<IEchoGrain>(key).EchoAsync(worker);
                mine++;
            }

            Interlocked.Add(ref calls, mine);
        });
        await Task.WhenAll(workers);
        return calls;
    }
}
