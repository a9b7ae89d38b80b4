using System.Security.Claims;
using OpsHub.Dashboard.Alerts;
using OpsHub.Dashboard.Auth;
using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Grains.Alerts;

namespace OpsHub.Silo.Alerting;

/// <summary>Registers the alert loop and its channels, and maps the acknowledgement and delivery-log endpoints.</summary>
public static class AlertingExtensions
{
    public static IServiceCollection AddOpsHubAlerting(this IServiceCollection services)
    {
        services.AddOptions<AlertDeliveryOptions>().BindConfiguration(AlertDeliveryOptions.Section)
            .Validate(o =>
            {
                o.Validate();
                return true;
            })
            .ValidateOnStart();
        services.AddHttpClient(WebhookChannel.HttpClientName);
        services.AddHttpClient(AlertmanagerChannel.HttpClientName);
        services.AddSingleton<AlertOutbox>();
        services.AddSingleton<AlertFeed>();
        services.AddSingleton<IAlertChannel, DashboardChannel>();
        services.AddSingleton<IAlertChannel, AlertmanagerChannel>();
        services.AddSingleton<IAlertChannel, WebhookChannel>();
        services.AddSingleton<AlertPump>();
        services.AddHostedService(sp => sp.GetRequiredService<AlertPump>());
        return services;
    }

    /// <summary>
    /// <c>POST /api/v1/alerts/acknowledge</c> (signed in: <c>{ "alertId", "note" }</c>; 404 unknown, 403 not yours,
    /// 409 already acknowledged or resolved), <c>GET /api/v1/alerts/mine</c> and <c>GET /api/v1/alerts/deliveries?alert=</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapAlertEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var alerts = endpoints.MapGroup("/api/v1/alerts");
        alerts.MapPost("/acknowledge", AcknowledgeAsync).RequireAuthorization(OpsHubPolicies.Alerts).DisableAntiforgery();
        alerts.MapGet("/mine", MineAsync).RequireAuthorization(OpsHubPolicies.Alerts).RequireUnitScope();
        alerts.MapGet("/deliveries", DeliveriesAsync).RequireAuthorization(OpsHubPolicies.Ops);
        return endpoints;
    }

    private static async Task<IResult> AcknowledgeAsync(
        AcknowledgeRequest request, HttpContext http, ClaimsPrincipal user, IGrainFactory grains, IAlertStore store, UnitScope scope, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.AlertId))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["alertId"] = ["Required."] });
        }

        // Routing decides whose alert it is; the unit subtree is checked as well, so a misrouted account cannot reach beyond its units.
        if (await store.GetAsync(request.AlertId, cancellationToken) is { } alert && !scope.Covers(user, alert.UnitCode))
        {
            return UnitScopeFilter.Forbidden(http, alert.UnitCode);
        }

        var result = await grains.GetGrain<IAlertDeskGrain>(0).AcknowledgeAsync(request.AlertId, user.Identity!.Name!, request.Note);
        return result.Outcome switch
        {
            AcknowledgeOutcome.Acknowledged => Results.Ok(result.Alert),
            AcknowledgeOutcome.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Alert not found", detail: $"No alert has id '{request.AlertId}'."),
            AcknowledgeOutcome.Forbidden => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your alert", detail: "The alert is not routed to you at its escalation level."),
            _ => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Alert not open",
                detail: result.Alert?.ResolvedAt is not null ? "The alert is resolved." : $"The alert was acknowledged by {result.Alert?.AcknowledgedBy}."),
        };
    }

    private static async Task<IResult> MineAsync(
        ClaimsPrincipal user, IGrainFactory grains, UnitScope scope, AlertState? state, AlertSeverity? severity, string? unit, int? limit)
    {
        if (limit is < 1 or > 1000)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["Must be between 1 and 1000."] });
        }

        var mine = await grains.GetGrain<IAlertDeskGrain>(0).ListForUserAsync(user.Identity!.Name!, new AlertFilter(state, severity, unit, limit ?? 200));
        return Results.Ok(mine.Where(a => scope.Covers(user, a.UnitCode)));
    }

    private static async Task<IResult> DeliveriesAsync(string alert, AlertOutbox outbox, CancellationToken cancellationToken) =>
        Results.Ok(await outbox.DeliveriesAsync(alert, cancellationToken));
}
