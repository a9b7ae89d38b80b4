using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpsHub.Testing;
using Orleans.Configuration;

namespace OpsHub.Storage.Tests.Providers;

/// <summary>Builds silos and clients that find each other only through the PostgreSQL membership table.</summary>
internal static class ClusterSilo
{
    public const string ServiceId = "opshub-cluster-tests";

    public static async Task<IHost> StartSiloAsync(string connectionString, string clusterId, string name)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(silo => silo
            .Configure<ClusterOptions>(options =>
            {
                options.ClusterId = clusterId;
                options.ServiceId = ServiceId;
            })
            .Configure<SiloOptions>(options => options.SiloName = name)
            .ConfigureEndpoints(IPAddress.Loopback, FreePort.Next(), FreePort.Next())
            .UseAdoNetClustering(options =>
            {
                options.Invariant = "Npgsql";
                options.ConnectionString = connectionString;
            }));
        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return host;
    }

    public static async Task<IHost> StartClientAsync(string connectionString, string clusterId)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client => client
            .Configure<ClusterOptions>(options =>
            {
                options.ClusterId = clusterId;
                options.ServiceId = ServiceId;
            })
            .UseAdoNetClustering(options =>
            {
                options.Invariant = "Npgsql";
                options.ConnectionString = connectionString;
            }));
        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return host;
    }

    public static SiloAddress Address(this IHost silo) => silo.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;

    public static IManagementGrain Management(this IHost host) =>
        host.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);

    public static async Task StopAndDisposeAsync(this IHost host)
    {
        await host.StopAsync(TestContext.Current.CancellationToken);
        host.Dispose();
    }
}
