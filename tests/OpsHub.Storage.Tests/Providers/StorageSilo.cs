using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpsHub.Testing;
using Orleans.Storage;

namespace OpsHub.Storage.Tests.Providers;

/// <summary>One silo per test class, storing grain state through Orleans' ADO.NET provider in a fresh database.</summary>
public sealed class StorageSilo(PostgresServerFixture postgres) : IAsyncLifetime
{
    public const string StorageName = "opshub";

    /// <summary>A second provider on the same tables that deletes the row on clear.</summary>
    public const string DeletingStorageName = "opshub-deleting";

    private IHost? _host;

    public IHost Host => _host ?? throw new InvalidOperationException("The silo is not started.");

    public IGrainFactory Grains => Host.Services.GetRequiredService<IGrainFactory>();

    public string ConnectionString { get; private set; } = string.Empty;

    public IGrainStorage Storage(string name = StorageName) => Host.Services.GetRequiredKeyedService<IGrainStorage>(name);

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await postgres.CreateDatabaseAsync(nameof(StorageSilo));
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(FreePort.Next(), FreePort.Next(), serviceId: "storage-tests", clusterId: "storage-tests")
            .AddAdoNetGrainStorage(StorageName, options =>
            {
                options.Invariant = "Npgsql";
                options.ConnectionString = ConnectionString;
            })
            .AddAdoNetGrainStorage(DeletingStorageName, options =>
            {
                options.Invariant = "Npgsql";
                options.ConnectionString = ConnectionString;
                options.DeleteStateOnClear = true;
            }));
        _host = builder.Build();
        await _host.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }
    }
}
