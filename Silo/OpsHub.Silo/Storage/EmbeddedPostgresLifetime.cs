using OpsHub.Storage.Embedded;

namespace OpsHub.Silo.Storage;

/// <summary>
/// Stops the embedded PostgreSQL when the host stops. Registered before Orleans starts its silo, so it stops
/// after the silo has written its last state.
/// </summary>
internal sealed class EmbeddedPostgresLifetime(EmbeddedPostgres server) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => server.StopAsync(cancellationToken);
}
