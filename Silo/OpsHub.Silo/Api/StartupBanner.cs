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

            var root = address.TrimEnd('/');
            LogListening(root);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1000, Level = LogLevel.Information,
        Message = "OpsHub is running. Dashboard: {Address}/  API: {Address}/api/v1  Metrics: {Address}/metrics  Health: {Address}/health/ready  Orleans: {Address}/ops/orleans/")]
    private partial void LogListening(string address);
}
