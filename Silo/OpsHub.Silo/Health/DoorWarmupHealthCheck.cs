using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpsHub.Ingest.Http;

namespace OpsHub.Silo.Health;

/// <summary>Not ready while the ingest door is still being warmed up over HTTP (<see cref="DoorHttpWarmup"/>).</summary>
internal sealed class DoorWarmupHealthCheck(DoorHttpWarmup warmup) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(warmup.Finished
            ? HealthCheckResult.Healthy("The ingest door is warmed up.")
            : HealthCheckResult.Unhealthy($"The ingest door is warming up ({warmup.Requests} requests so far, nothing kept)."));
}
