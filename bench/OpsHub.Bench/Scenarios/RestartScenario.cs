using System.Diagnostics;
using OpsHub.Bench.Infrastructure;
using OpsHub.Bench.Load;

namespace OpsHub.Bench.Scenarios;

/// <summary>
/// Kills the silo (SIGKILL) with the alert scenario's dossiers stored, starts it again on the same ports and times
/// how long until it is ready and serves a stored dossier (<c>GET /api/v1/dossiers/{code}</c> answers 200). Then,
/// <see cref="Settle"/> after ready, the silo's memory at rest: the open dossiers are stored, and none is an activation
/// unless something happens to it.
/// </summary>
internal sealed class RestartScenario(string root, SiloSettings settings, int openDossiers, int dueDossiers)
{
    /// <summary>How long after ready a silo's memory at rest is read.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(20);

    public async Task<(RestartResult Result, SiloProcess Silo)> RunAsync(SiloProcess running, CancellationToken cancellationToken)
    {
        await running.KillAsync();
        await running.DisposeAsync();
        var timer = Stopwatch.StartNew();
        var silo = SiloProcess.Start(root, settings);
        using var client = silo.CreateClient();
        await silo.WaitReadyAsync(client, TimeSpan.FromMinutes(5), cancellationToken);
        var ready = timer.Elapsed;
        var code = EventLines.Code("ALERT", Random.Shared.Next(dueDossiers));
        while (timer.Elapsed < TimeSpan.FromMinutes(5))
        {
            try
            {
                using var response = await client.GetAsync($"api/v1/dossiers/{code}", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(20, cancellationToken);
        }

        var serving = timer.Elapsed;
        var settled = ready + Settle - timer.Elapsed;
        if (settled > TimeSpan.Zero)
        {
            await Task.Delay(settled, cancellationToken);
        }

        var rss = ProcessMemory.ResidentMiB(silo.Pid);
        var heap = await SiloMetrics.ManagedHeapMiBAsync(client, cancellationToken);
        var activations = await SiloMetrics.ActivationsAsync(client, cancellationToken);
        return (new RestartResult(openDossiers, ready.TotalSeconds, serving.TotalSeconds, rss, heap, activations), silo);
    }
}
