using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Npgsql;
using OpsHub.Storage;
using OpsHub.Storage.Embedded;
using OpsHub.Storage.Migrations;

namespace OpsHub.Silo.Storage;

/// <summary>Brings up PostgreSQL before the silo starts: the configured one, or OpsHub's private embedded one.</summary>
public static class StorageHostingExtensions
{
    /// <summary>
    /// Starts the embedded server when no connection string is configured, applies the schema, registers an
    /// <see cref="NpgsqlDataSource"/> and returns the connection string.
    /// </summary>
    public static async Task<string> AddOpsHubStorageAsync(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PostgresOptions.SectionName).Get<PostgresOptions>() ?? new PostgresOptions();
        using var loggers = LoggerFactory.Create(l => l.AddConfiguration(builder.Configuration.GetSection("Logging")).AddSimpleConsole());
        var connectionString = options.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var embedded = new EmbeddedPostgres(Options.Create(options), loggers.CreateLogger<EmbeddedPostgres>(), TimeProvider.System);
            connectionString = await embedded.StartAsync();
            builder.Services.AddSingleton(embedded);
            builder.Services.AddHostedService<EmbeddedPostgresLifetime>();
        }

        await new SchemaMigrator(loggers.CreateLogger<SchemaMigrator>(), TimeProvider.System).MigrateAsync(connectionString);
        builder.Services.AddNpgsqlDataSourceSingleton(connectionString);

        // Sign-in cookies and antiforgery tokens are protected with one key ring for the whole cluster, kept in the
        // database, under one application name whatever folder each silo runs from.
        builder.Services.AddDataProtection().SetApplicationName("OpsHub");
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<NpgsqlDataSource>((keys, db) => keys.XmlRepository = new PostgresKeyRepository(db));
        return connectionString;
    }

    private static void AddNpgsqlDataSourceSingleton(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddKeyedSingleton(OpsHub.Grains.StorageNames.DerivedData, (_, _) => NpgsqlDataSource.Create(DerivedDataConnectionString(connectionString)));
    }

    /// <summary>
    /// The connection string for derived data (<see cref="OpsHub.Grains.StorageNames.DerivedData"/>): commits that do
    /// not wait for the WAL flush, at most 50 connections per pool (it and the grain storage's), so a silo stays well
    /// inside the embedded server's 300 connections.
    /// </summary>
    public static string DerivedDataConnectionString(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Options = "-c synchronous_commit=off", MaxPoolSize = 50 }.ConnectionString;
}
