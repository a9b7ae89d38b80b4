using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpsHub.Cli.Tests;

/// <summary>
/// A loopback stand-in for <c>POST /api/v1/events</c>: 202 the first time per dossierCode+type+occurredAt,
/// 200 duplicate after, 400 problem without dossierCode, optionally 429 (Retry-After: 1) on the first requests and 503 on the next ones.
/// </summary>
internal sealed class FakeOpsHub : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);
    private readonly WebApplication _app;
    private int _requests;
    private int _throttles;
    private int _outages;

    private FakeOpsHub(int throttles, int outages)
    {
        _throttles = throttles;
        _outages = outages;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/api/v1/events", (Delegate)HandleAsync);
    }

    public Uri Url { get; private set; } = null!;

    public int Requests => _requests;

    public int Throttled { get; private set; }

    public static async Task<FakeOpsHub> StartAsync(int throttles = 0, int outages = 0)
    {
        var hub = new FakeOpsHub(throttles, outages);
        await hub._app.StartAsync();
        var address = hub._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        hub.Url = new Uri(address + "/");
        return hub;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        if (Interlocked.Decrement(ref _throttles) >= 0)
        {
            Throttled++;
            context.Response.Headers.RetryAfter = "1";
            return Results.Problem(statusCode: 429, title: "Too many requests");
        }

        if (Interlocked.Decrement(ref _outages) >= 0)
        {
            return Results.Problem(statusCode: 503, title: "Service unavailable");
        }

        using var json = await JsonDocument.ParseAsync(context.Request.Body);
        var root = json.RootElement;
        if (!root.TryGetProperty("dossierCode", out var code))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["dossierCode"] = ["Required."] }, title: "The event is not valid");
        }

        var key = $"{code.GetString()}|{root.GetProperty("type").GetString()}|{root.GetProperty("occurredAt").GetString()}";
        return _seen.TryAdd(key, true)
            ? Results.Json(new { dossierCode = code.GetString(), outcome = "applied" }, statusCode: 202)
            : Results.Ok(new { dossierCode = code.GetString(), outcome = "duplicate" });
    }
}
