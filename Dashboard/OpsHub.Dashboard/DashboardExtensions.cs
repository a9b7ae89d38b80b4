using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Authentication.Cookies;
using OpsHub.Dashboard.Alerts;
using OpsHub.Dashboard.Auth;
using OpsHub.Dashboard.Components;
using OpsHub.Dashboard.Live;
using Microsoft.Extensions.Options;

namespace OpsHub.Dashboard;

/// <summary>Registers and maps the wall dashboard and its SignalR hub.</summary>
public static class DashboardExtensions
{
    /// <summary>
    /// Adds Blazor (interactive server), SignalR and the unit feed. Needs an Orleans <c>IGrainFactory</c> and the
    /// host's <c>OrganisationOptions</c> (the host binds them once, from <c>OpsHub:Organisation</c>).
    /// </summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddSignalR();
        services.AddSingleton<UnitFeed>();
        services.AddSingleton<QueueFeed>();
        services.AddSingleton<KpiFeed>();
        services.TryAddSingleton<AlertFeed>();
        services.AddOptions<UserOptions>().BindConfiguration(UserOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<UserOptions>, UserOptionsValidator>();
        services.AddSingleton<UnitScope>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = SignInEndpoints.SignInPath;
                o.AccessDeniedPath = SignInEndpoints.AccessDeniedPath;
                o.Cookie.Name = "opshub-auth";
                o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
                o.Cookie.HttpOnly = true;
                o.SlidingExpiration = true;
                // The API, the hubs and /metrics answer 401/403 (problem details) instead of redirecting to the sign-in form.
                o.Events.OnRedirectToLogin = c => Status(c, 401);
                o.Events.OnRedirectToAccessDenied = c => Status(c, 403);
            })
            .AddScheme<ScrapeTokenOptions, ScrapeTokenAuthentication>(ScrapeTokenAuthentication.SchemeName, null);
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptionsMonitor<UserOptions>>((cookie, users) => cookie.ExpireTimeSpan = users.CurrentValue.SessionLifetime);
        services.AddOptions<ScrapeTokenOptions>(ScrapeTokenAuthentication.SchemeName).BindConfiguration("OpsHub:Metrics");
        services.AddAuthorizationBuilder().AddOpsHubPolicies();
        services.AddCascadingAuthenticationState();
        return services;
    }

    /// <summary>Maps the dashboard pages at <c>/</c> and the hub at <c>/hubs/kpi</c>.</summary>
    public static IEndpointRouteBuilder MapDashboard(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapHub<KpiHub>("/hubs/kpi").RequireAuthorization(OpsHubPolicies.Kpis);
        app.MapHub<AlertHub>("/hubs/alerts").RequireAuthorization(OpsHubPolicies.Alerts);
        app.MapSignIn();
        return app;
    }

    private static Task Status(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs") || context.Request.Path.StartsWithSegments("/metrics"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
