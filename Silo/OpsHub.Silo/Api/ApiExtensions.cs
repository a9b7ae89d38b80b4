using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpsHub.Grains.Abstractions.Dossiers;
using OpsHub.Grains.Abstractions.Organisation;
using OpsHub.Grains.Abstractions.Units;
using OpsHub.Grains.Alerts;
using OpsHub.Silo.Health;
using OpsHub.Silo.Metrics;
using OpsHub.Dashboard.Auth;
using Orleans.Dashboard;
using Prometheus;

namespace OpsHub.Silo.Api;

/// <summary>The read API, health endpoints, metrics endpoint, the Orleans dashboard and RFC 7807 error handling.</summary>
public static class ApiExtensions
{
    /// <summary>Where the Orleans dashboard (grains, silos, call rates) is served for ops.</summary>
    public const string OrleansDashboardPath = "/ops/orleans";

    public static IServiceCollection AddOpsHubApi(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            // The bare 401/403 of the authorisation middleware, said plainly (docs/security.md).
            c.ProblemDetails.Detail ??= c.ProblemDetails.Status switch
            {
                StatusCodes.Status401Unauthorized => "Sign in first (the form at /canh-bao/dang-nhap sets the cookie); Prometheus sends its scrape token; sources send X-Api-Key to the ingest doors.",
                StatusCodes.Status403Forbidden => "Your account does not have the role this needs: leader for unit figures, dossiers and the live hub; leader or counter-head for alerts; ops for metrics, the ingest journal, dead letters and delivery logs.",
                _ => null,
            };
        });
        services.Configure<ExceptionHandlerOptions>(o =>
            o.StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section)
            .Validate(o => o.MaxPendingAge > TimeSpan.Zero, "OpsHub:Health:MaxPendingAge must be positive.")
            .ValidateOnStart();
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section)
            .Validate(o => o.BacklogInterval > TimeSpan.Zero && o.SlaInterval > TimeSpan.Zero, "OpsHub:Metrics intervals must be positive.")
            .ValidateOnStart();
        MeterExport.Configure();
        services.AddSingleton<JournalBacklogReader>();
        services.AddHostedService<JournalBacklogMetrics>();
        services.AddHostedService<SlaFieldMetrics>();
        services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>("postgresql", tags: ["ready"])
            .AddCheck<SiloMembershipHealthCheck>("silo", tags: ["ready"])
            .AddCheck<IngestJournalHealthCheck>("ingest-journal", tags: ["ready"])
            .AddCheck<DoorWarmupHealthCheck>("ingest-warmup", tags: ["ready"]);
        services.AddHostedService<StartupBanner>();
        return services;
    }

    public static WebApplication UseOpsHubApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        app.UseHttpMetrics();
        return app;
    }

    public static IEndpointRouteBuilder MapOpsHubApi(this IEndpointRouteBuilder endpoints)
    {
        // Who may read what (docs/security.md): leaders their units' figures and dossiers, counter heads and leaders
        // their units' alerts, ops the metrics and the Orleans dashboard; health is open for load balancers.
        var api = endpoints.MapGroup("/api/v1");
        api.MapGet("/dossiers/{code}", GetDossierAsync).WithName("GetDossier").RequireAuthorization(OpsHubPolicies.Kpis);
        api.MapGet("/units/{code}", GetUnitAsync).WithName("GetUnit").RequireAuthorization(OpsHubPolicies.Kpis).RequireUnitScope();
        api.MapGet("/alerts", ListAlertsAsync).WithName("ListAlerts").RequireAuthorization(OpsHubPolicies.Alerts).RequireUnitScope();
        api.MapGroup("").RequireAuthorization(OpsHubPolicies.Kpis).RequireUnitScope().MapUnitEndpoints();

        endpoints.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });
        endpoints.MapMetrics("/metrics").RequireAuthorization(OpsHubPolicies.Metrics);
        endpoints.MapOrleansDashboard(OrleansDashboardPath).RequireAuthorization(OpsHubPolicies.Ops);
        return endpoints;
    }

    private static async Task<IResult> GetDossierAsync(string code, HttpContext http, IGrainFactory grains, UnitScope scope, IOptions<JsonOptions> json)
    {
        var dossier = grains.GetGrain<IDossierGrain>(code);
        var snapshot = await dossier.GetAsync();
        if (snapshot is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Dossier not found", detail: $"No receipt has been recorded for dossier '{code}'.");
        }

        if (!scope.Covers(http.User, snapshot.UnitCode))
        {
            return UnitScopeFilter.Forbidden(http, snapshot.UnitCode);
        }

        // The summary's fields, then the full SLA timeline under "timeline".
        var body = JsonSerializer.SerializeToNode(snapshot, json.Value.SerializerOptions)!.AsObject();
        body["timeline"] = JsonSerializer.SerializeToNode(await dossier.GetTimelineAsync(), json.Value.SerializerOptions);
        return Results.Json(body, json.Value.SerializerOptions);
    }

    private static async Task<IResult> GetUnitAsync(string code, IGrainFactory grains, IOptionsMonitor<OrganisationOptions> organisation)
    {
        if (organisation.CurrentValue.Find(code) is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unit not found", detail: $"Unit '{code}' is not in the organisation.");
        }

        UnitSnapshot snapshot = await grains.GetGrain<IUnitGrain>(code).GetAsync();
        return Results.Ok(snapshot);
    }

    private static async Task<IResult> ListAlertsAsync(
        IAlertStore alerts, HttpContext http, UnitScope scope, string? unit, bool? open, int? limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 1000)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["Must be between 1 and 1000."] });
        }

        // Without a unit, the caller's units' alerts only (the filter has already refused a unit outside them).
        var list = await alerts.ListAsync(new AlertQuery(unit, open ?? false, limit ?? 200), cancellationToken);
        return Results.Ok(unit is null ? [.. list.Where(a => scope.Covers(http.User, a.UnitCode))] : list);
    }
}
