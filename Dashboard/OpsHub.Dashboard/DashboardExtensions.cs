using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpsHub.Dashboard.Components;
using OpsHub.Dashboard.Live;

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
        return services;
    }

    /// <summary>Maps the dashboard pages at <c>/</c> and the hub at <c>/hubs/kpi</c>.</summary>
    public static IEndpointRouteBuilder MapDashboard(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapHub<KpiHub>("/hubs/kpi");
        return app;
    }
}
