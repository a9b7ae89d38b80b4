using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpsHub.Ingest.Guards;
using OpsHub.Ingest.Journal;

namespace OpsHub.Ingest;

/// <summary>Registers ingest.</summary>
public static class IngestServiceCollectionExtensions
{
    /// <summary>
    /// Adds the journal (expects an <c>NpgsqlDataSource</c>), its applier and the door. The host
    /// registers the <see cref="IIngestSink"/> and may register an <see cref="IIngestReferenceCheck"/>.
    /// </summary>
    public static IServiceCollection AddIngest(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<JournalOptions>().BindConfiguration(JournalOptions.Section)
            .Validate(o => o.MaxAppendBatch > 0 && o.ApplyBatch > 0 && o.ApplyParallelism > 0, "OpsHub:Ingest:Journal batch sizes must be positive.")
            .Validate(o => o.ApplyParallelismWhileIngesting > 0 && o.ApplyParallelismWhileIngesting <= o.ApplyParallelism,
                "OpsHub:Ingest:Journal:ApplyParallelismWhileIngesting must be at least 1 and at most ApplyParallelism.")
            .Validate(o => o.ApplyShareWhileIngesting is > 0 and <= 1, "OpsHub:Ingest:Journal:ApplyShareWhileIngesting must be above 0 and at most 1.")
            .Validate(o => o.AppendWriters is > 0 and <= 16, "OpsHub:Ingest:Journal:AppendWriters must be between 1 and 16.")
            .Validate(o => o.IdlePoll > TimeSpan.Zero && o.RetryDelay > TimeSpan.Zero, "OpsHub:Ingest:Journal delays must be positive.")
            .Validate(o => o.WarmUpLimit > TimeSpan.Zero && o.WarmUpLimit <= TimeSpan.FromMinutes(5), "OpsHub:Ingest:Journal:WarmUpLimit must be above 0 and at most 5 minutes.")
            .ValidateOnStart();
        services.AddOptions<IngestGuardOptions>().BindConfiguration(IngestGuardOptions.Section)
            .Validate(o => o.MaxRequestBytes > 0 && o.MaxBulkBytes >= o.MaxRequestBytes, "OpsHub:Ingest:MaxRequestBytes must be positive and at most MaxBulkBytes.")
            .Validate(o => o.Sources.All(s => s.Name.Length > 0 && s.ApiKeySha256.Length == 64 && s.ApiKeySha256.All(Uri.IsHexDigit)), "Every OpsHub:Ingest:Sources entry needs a Name and a 64-hex-digit ApiKeySha256.")
            .Validate(o => o.Sources.All(s => s.RequestsPerSecond > 0 && s.Burst > 0), "OpsHub:Ingest:Sources rates must be positive.")
            .ValidateOnStart();
        services.AddIngestRateLimiting();
        services.TryAddSingleton<Metrics.IngestMetrics>();
        services.TryAddSingleton<JournalSignal>();
        services.TryAddSingleton<IEventJournal, PostgresEventJournal>();
        services.TryAddSingleton<IngestDoor>();
        services.TryAddSingleton<BulkIntake>();
        services.AddHostedService<DoorWarmup>();
        services.TryAddSingleton<WarmUpKey>();
        services.TryAddSingleton<Http.DoorHttpWarmup>();
        services.AddHostedService(sp => sp.GetRequiredService<Http.DoorHttpWarmup>());
        services.AddHostedService<JournalApplier>();
        return services;
    }
}
