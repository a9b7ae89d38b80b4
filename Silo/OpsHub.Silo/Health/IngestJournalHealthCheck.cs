using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;

namespace OpsHub.Silo.Health;

/// <summary>Ready only while the journal's oldest pending event is younger than <see cref="HealthOptions.MaxPendingAge"/>.</summary>
internal sealed class IngestJournalHealthCheck(JournalBacklogReader backlog, TimeProvider time, IOptionsMonitor<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        JournalBacklog current;
        try
        {
            current = await backlog.ReadAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The ingest journal cannot be read.", ex);
        }

        var age = current.OldestReceivedAt is { } oldest ? time.GetUtcNow() - oldest : TimeSpan.Zero;
        var data = new Dictionary<string, object> { ["pending"] = current.Pending, ["oldestPendingAgeSeconds"] = Math.Max(0, age.TotalSeconds) };
        var limit = options.CurrentValue.MaxPendingAge;
        return age > limit
            ? HealthCheckResult.Unhealthy($"The oldest pending journal event waits for {age.TotalSeconds:0} s, over the {limit.TotalSeconds:0} s allowed; the applier is stuck or behind.", data: data)
            : HealthCheckResult.Healthy($"{current.Pending} pending.", data);
    }
}
