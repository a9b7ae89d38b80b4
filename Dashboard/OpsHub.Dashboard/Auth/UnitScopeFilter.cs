using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpsHub.Grains.Abstractions.Organisation;

namespace OpsHub.Dashboard.Auth;

/// <summary>
/// Answers 403 (problem details) when the unit an API request names, in the route (<c>{code}</c>) or the query
/// (<c>?unit=</c>), is outside the caller's units. An unknown unit passes, for the endpoint to answer 404.
/// </summary>
public sealed class UnitScopeFilter(UnitScope scope, IOptionsMonitor<OrganisationOptions> organisation, string routeKey) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var unit = http.Request.RouteValues[routeKey] as string ?? http.Request.Query["unit"].FirstOrDefault();
        if (unit is { Length: > 0 } && organisation.CurrentValue.Find(unit) is not null && !scope.Covers(http.User, unit))
        {
            return Forbidden(http, unit);
        }

        return await next(context);
    }

    /// <summary>The 403 answer for <paramref name="unit"/>, naming the units the caller does answer for.</summary>
    public static IResult Forbidden(HttpContext http, string unit)
    {
        var roots = UnitScope.RootsOf(http.User);
        return Results.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Outside your units",
            detail: $"Unit '{unit}' is not one of your units or below them ({(roots.Count == 0 ? "you have none" : string.Join(", ", roots))}).");
    }
}

/// <summary>Adds <see cref="UnitScopeFilter"/> to endpoints.</summary>
public static class UnitScopeFilterExtensions
{
    /// <summary>Checks the unit named by the route value <paramref name="routeKey"/> (or <c>?unit=</c>) against the caller's units.</summary>
    public static TBuilder RequireUnitScope<TBuilder>(this TBuilder builder, string routeKey = "code")
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var filter = ActivatorUtilities.CreateInstance<UnitScopeFilter>(factory.ApplicationServices, routeKey);
            return invocation => filter.InvokeAsync(invocation, next);
        });
}
