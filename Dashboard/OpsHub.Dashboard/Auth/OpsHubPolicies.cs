using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace OpsHub.Dashboard.Auth;

/// <summary>The authorisation policies; the unit a request is about is checked on top by <see cref="UnitScope"/>.</summary>
public static class OpsHubPolicies
{
    /// <summary>Unit KPIs, the wall, dossiers and the live figures hub: leaders.</summary>
    public const string Kpis = "opshub-kpis";

    /// <summary>Alerts: counter heads, and the leaders alerts escalate to.</summary>
    public const string Alerts = "opshub-alerts";

    /// <summary>Metrics, the Orleans dashboard, the ingest journal, dead letters and delivery logs: ops.</summary>
    public const string Ops = "opshub-ops";

    /// <summary><c>/metrics</c>: ops signed in, or Prometheus with the scrape token.</summary>
    public const string Metrics = "opshub-metrics";

    public static AuthorizationBuilder AddOpsHubPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(Kpis, p => p.RequireAuthenticatedUser().RequireRole(OpsHubRoles.Leader))
        .AddPolicy(Alerts, p => p.RequireAuthenticatedUser().RequireRole(OpsHubRoles.CounterHead, OpsHubRoles.Leader))
        .AddPolicy(Ops, p => p.RequireAuthenticatedUser().RequireRole(OpsHubRoles.Ops))
        .AddPolicy(Metrics, p => p
            .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme, ScrapeTokenAuthentication.SchemeName)
            .RequireAuthenticatedUser()
            .RequireRole(OpsHubRoles.Ops, ScrapeTokenAuthentication.Role));
}
