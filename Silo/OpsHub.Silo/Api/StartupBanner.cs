using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace OpsHub.Silo.Api;

/// <summary>Tells the operator where to look once the server listens.</summary>
internal sealed partial class StartupBanner(IServer server, IHostApplicationLifetime lifetime, ILogger<StartupBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            if (address is null)
            {
                return;
            }

            address = address.TrimEnd('/');
            LogListening($"{address}/", $"{address}/api/v1", $"{address}/metrics", $"{address}/health/ready");
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1000, Level = LogLevel.Information,
        Message = "OpsHub is running. Dashboard: {Dashboard}  API: {Api}  Metrics: {Metrics}  Health: {Health}")]
    private partial void LogListening(string dashboard, string api, string metrics, string health);
}
