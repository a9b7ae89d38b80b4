using System.Net;
using OpsHub.Grains;
using OpsHub.Grains.Abstractions.Organisation;
using OpsHub.Grains.Calendars;
using OpsHub.Grains.Units;
using OpsHub.Ingest;
using OpsHub.Silo.Ingest;
using OpsHub.Silo.Metrics;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace OpsHub.Silo.Hosting;

/// <summary>Co-hosts the Orleans silo in the web application.</summary>
public static class SiloHostingExtensions
{
    /// <summary>The ADO.NET invariant of Npgsql, as Orleans' providers name it.</summary>
    public const string NpgsqlInvariant = "Npgsql";

    /// <summary>
    /// Adds the silo with cluster membership and grain state on PostgreSQL at <paramref name="connectionString"/>,
    /// and the host-side services grains and ingest rely on.
    /// </summary>
    public static WebApplicationBuilder AddOpsHubSilo(this WebApplicationBuilder builder, string connectionString)
    {
        var options = builder.Configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new SiloOptions();
        if (!IPAddress.TryParse(options.AdvertisedAddress, out var address))
        {
            throw new InvalidOperationException($"OpsHub:Silo:AdvertisedAddress '{options.AdvertisedAddress}' is not an IP address.");
        }

        var membership = builder.Configuration.GetSection(SiloMembershipOptions.Section).Get<SiloMembershipOptions>() ?? new SiloMembershipOptions();
        if (membership.Problem() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        // The Orleans dashboard builds an OpenTelemetry meter provider of its own, which nothing outside it can
        // configure, over every Orleans instrument; OpenTelemetry's documented switch decides whether it collects.
        // Set either way: a process started by one that turned it off inherits the switch.
        Environment.SetEnvironmentVariable("OTEL_SDK_DISABLED", options.OrleansDashboardCounters ? "false" : "true");

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = options.ClusterId;
                o.ServiceId = options.ServiceId;
            });
            silo.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = membership.ProbeTimeout;
                o.NumMissedProbesLimit = membership.MissedProbesLimit;
                o.NumVotesForDeathDeclaration = membership.VotesForDeathDeclaration;
                o.TableRefreshTimeout = membership.TableRefreshInterval;
            });
            silo.ConfigureEndpoints(address, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: false);
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = NpgsqlInvariant;
                o.ConnectionString = connectionString;
            });
            silo.AddAdoNetGrainStorage(StorageNames.Default, o =>
            {
                o.Invariant = NpgsqlInvariant;
                o.ConnectionString = Storage.StorageHostingExtensions.DerivedDataConnectionString(connectionString);
            });
            silo.Services.AddOptions<Orleans.Configuration.AdoNetGrainStorageOptions>(StorageNames.Default)
                .Configure<IServiceProvider>((o, services) => o.GrainStorageSerializer = new GrainStateSerializer(
                    services.GetRequiredService<Orleans.Serialization.Serializer>(),
                    new Orleans.Storage.JsonGrainStorageSerializer(services.GetRequiredService<Orleans.Serialization.OrleansJsonSerializer>())));
            silo.AddStartupTask<UnitWarmup>();
            // The dashboard has no authentication of its own; its live log stream stays off so logs leave only
            // through the logging pipeline.
            silo.AddDashboard(o => o.HideTrace = true);
        });

        builder.Services.AddOptions<OrganisationOptions>().BindConfiguration(OrganisationOptions.Section)
            .Validate(o => o.Units.Count > 0, "OpsHub:Organisation:Units must list at least one unit.")
            .Validate(o => o.Units.All(u => !string.IsNullOrWhiteSpace(u.Code)), "Every unit in OpsHub:Organisation:Units needs a Code.")
            .Validate(o => o.Units.Select(u => u.Code).Distinct(StringComparer.Ordinal).Count() == o.Units.Count, "Unit codes in OpsHub:Organisation:Units must be unique.")
            .Validate(o => o.Units.All(HasValidHours), "A unit's WorkingPeriods must be HH:mm-HH:mm, in order and not overlapping.")
            .Validate(o => o.FindTreeProblem() is null, "OpsHub:Organisation:Units must form a tree: every Parent names a unit, and no unit is its own ancestor.")
            .ValidateOnStart();
        builder.Services.AddSingleton<IUnitMetrics, PrometheusUnitMetrics>();
        builder.Services.AddSingleton<IIngestSink, GrainIngestSink>();
        builder.Services.AddSingleton<IIngestReferenceCheck, SiloReferenceCheck>();
        return builder;
    }

    private static bool HasValidHours(UnitInfo unit)
    {
        try
        {
            _ = UnitWorkingHours.Of(unit);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return false;
        }
    }
}
