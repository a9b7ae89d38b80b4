using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpsHub.Ingest.Simulation;

namespace OpsHub.Ingest;

/// <summary>Registers ingest; the host registers the <see cref="IIngestSink"/>.</summary>
public static class IngestServiceCollectionExtensions
{
    public static IServiceCollection AddIngest(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SimulatorOptions>().BindConfiguration(SimulatorOptions.Section)
            .Validate(o => o.MeanArrivalInterval > TimeSpan.Zero, "OpsHub:Simulator:MeanArrivalInterval must be positive.")
            .Validate(o => o.CompletionShare is >= 0 and <= 1, "OpsHub:Simulator:CompletionShare must be between 0 and 1.")
            .ValidateOnStart();
        services.AddHostedService<DistrictSimulator>();
        return services;
    }
}
