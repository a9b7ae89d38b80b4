using Microsoft.Extensions.Options;
using OpsHub.Grains.Abstractions.Organisation;
using OpsHub.Grains.Abstractions.Queues;

namespace OpsHub.Silo.Api;

/// <summary>Per-unit figures: KPIs rolled up over the subtree, and the live queue and counters of one-stop shops.</summary>
public static class UnitEndpoints
{
    public static RouteGroupBuilder MapUnitEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/units/{code}/queue", GetQueueAsync).WithName("GetQueue");
        api.MapGet("/units/{code}/now-serving", GetNowServingAsync).WithName("GetNowServing");
        api.MapGet("/units/{code}/counters/{counter}", GetCounterAsync).WithName("GetCounter");
        api.MapGet("/units/{code}/kpis", GetKpisAsync).WithName("GetUnitKpis");
        return api;
    }

    private static async Task<IResult> GetQueueAsync(string code, IGrainFactory grains, IOptionsMonitor<OrganisationOptions> organisation) =>
        UnitProblem(code, organisation) ?? Results.Ok(await grains.GetGrain<IQueueGrain>(code).GetAsync());

    private static async Task<IResult> GetNowServingAsync(string code, IGrainFactory grains, IOptionsMonitor<OrganisationOptions> organisation)
    {
        if (UnitProblem(code, organisation) is { } problem)
        {
            return problem;
        }

        var queue = await grains.GetGrain<IQueueGrain>(code).GetAsync();
        return Results.Ok(new { unitCode = code, at = queue.At, counters = queue.Counters });
    }

    private static async Task<IResult> GetCounterAsync(string code, string counter, IGrainFactory grains, IOptionsMonitor<OrganisationOptions> organisation)
    {
        if (UnitProblem(code, organisation) is { } problem)
        {
            return problem;
        }

        if (organisation.CurrentValue.Find(code)!.FindCounter(counter) is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Counter not found", detail: $"Unit '{code}' has no counter '{counter}'.");
        }

        // Two grains, two calls: the counter knows its own day, the queue knows who waits for it.
        var figures = await grains.GetGrain<ICounterGrain>(ICounterGrain.KeyOf(code, counter)).GetAsync();
        var queue = await grains.GetGrain<IQueueGrain>(code).GetAsync();
        var line = queue.Counters.FirstOrDefault(c => c.Counter == counter);
        return Results.Ok(new { figures, waitingNow = line?.Waiting ?? 0, longestWait = line?.LongestWait ?? TimeSpan.Zero });
    }

    private static async Task<IResult> GetKpisAsync(string code, Grains.Kpis.UnitKpiReader kpis, CancellationToken cancellationToken) =>
        await kpis.ReadAsync(code, withForecast: true, cancellationToken) is { } report
            ? Results.Ok(report)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unit not found", detail: $"Unit '{code}' is not in the organisation.");

    private static IResult? UnitProblem(string code, IOptionsMonitor<OrganisationOptions> organisation) =>
        organisation.CurrentValue.Find(code) is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unit not found", detail: $"Unit '{code}' is not in the organisation.")
            : null;
}
