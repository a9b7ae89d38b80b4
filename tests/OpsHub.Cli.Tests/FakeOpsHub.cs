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
/// A loopback stand-in for OpsHub's bulk doors, answering with bulk summaries like the real one:
/// NDJSON lines and CloudEvents arrays at <c>/api/v1/events</c> (a line with neither dossierCode nor unitCode, or an
/// element without id, is rejected; the same line, or id, a second time is a duplicate) and portal CSV at
/// <c>/api/v1/portal/records</c> (a record containing BAD is rejected; the same record text again is a duplicate).
/// Optionally 429 (Retry-After: 1) on the first requests, 503 on the next ones, and 503 for good after some.
/// </summary>
internal sealed class FakeOpsHub : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _bodies = new();
    private readonly WebApplication _app;
    private readonly int _answered;
    private readonly int? _refuseWith;
    private int _requests;
    private int _throttles;
    private int _outages;

    private FakeOpsHub(int throttles, int outages, int answered, int? refuseWith)
    {
        _refuseWith = refuseWith;
        _throttles = throttles;
        _outages = outages;
        _answered = answered;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/api/v1/events", (Delegate)HandleEventsAsync);
        _app.MapPost("/api/v1/portal/records", (Delegate)HandleCsvAsync);
    }

    public Uri Url { get; private set; } = null!;

    public int Requests => _requests;

    public int Throttled { get; private set; }

    /// <summary>Items answered (applied, duplicate or rejected).</summary>
    public int Items { get; private set; }

    /// <summary>The bodies of the requests answered, in order.</summary>
    public IReadOnlyList<string> Bodies => [.. _bodies];

    /// <summary>The content types of the requests answered, in order.</summary>
    public List<string> ContentTypes { get; } = [];

    /// <summary>Starts a fake; after <paramref name="answered"/> answered requests it only answers 503; with <paramref name="refuseWith"/> it refuses every request with that status.</summary>
    public static async Task<FakeOpsHub> StartAsync(int throttles = 0, int outages = 0, int answered = int.MaxValue, int? refuseWith = null)
    {
        var hub = new FakeOpsHub(throttles, outages, answered, refuseWith);
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

    private async Task<IResult> HandleEventsAsync(HttpContext context)
    {
        if (Refusal(context) is { } refusal)
        {
            return refusal;
        }

        var body = await ReadAsync(context);
        var summary = new Summary();
        if (context.Request.ContentType!.StartsWith("application/cloudevents-batch+json", StringComparison.Ordinal))
        {
            using var json = JsonDocument.Parse(body);
            var index = 0;
            foreach (var element in json.RootElement.EnumerateArray())
            {
                summary.Add(index++, element.TryGetProperty("id", out var id) ? id.GetString() : null, "id: Required.", _seen);
            }
        }
        else
        {
            var lines = body.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim().Length == 0)
                {
                    continue;
                }

                using var json = JsonDocument.Parse(lines[i]);
                var root = json.RootElement;
                var key = root.TryGetProperty("dossierCode", out _) || root.TryGetProperty("unitCode", out _) ? lines[i].Trim() : null;
                summary.Add(i + 1, key, "dossierCode: Required.", _seen);
            }
        }

        Items += summary.Count;
        return Results.Ok(summary.Json());
    }

    private async Task<IResult> HandleCsvAsync(HttpContext context)
    {
        if (Refusal(context) is { } refusal)
        {
            return refusal;
        }

        var body = await ReadAsync(context);
        var summary = new Summary();
        var (line, start, quoted) = (1, 0, false);
        for (var i = 0; i < body.Length; i++)
        {
            quoted ^= body[i] == '"';
            if (body[i] != '\n')
            {
                continue;
            }

            var record = body[start..i];
            if (!quoted && line > 1 && record.Trim().Length > 0)
            {
                summary.Add(line - record.Count(c => c == '\n'), record.Contains("BAD", StringComparison.Ordinal) ? null : "csv|" + record, "MaHoSo: BAD is not a dossier code.", _seen);
            }

            line++;
            start = quoted ? start : i + 1;
        }

        Items += summary.Count;
        return Results.Ok(summary.Json());
    }

    private IResult? Refusal(HttpContext context)
    {
        var n = Interlocked.Increment(ref _requests);
        if (_refuseWith is { } status)
        {
            return Results.Problem(statusCode: status, title: "Refused", detail: "The API key is not known.");
        }

        if (Interlocked.Decrement(ref _throttles) >= 0)
        {
            Throttled++;
            context.Response.Headers.RetryAfter = "1";
            return Results.Problem(statusCode: 429, title: "Too many requests");
        }

        if (Interlocked.Decrement(ref _outages) >= 0 || n - Throttled > _answered)
        {
            return Results.Problem(statusCode: 503, title: "Service unavailable");
        }

        return null;
    }

    private async Task<string> ReadAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        _bodies.Enqueue(body);
        ContentTypes.Add(context.Request.ContentType ?? "");
        return body;
    }

    private sealed class Summary
    {
        private readonly List<object> _rejections = [];
        private int _accepted;
        private int _duplicate;

        public int Count => _accepted + _duplicate + _rejections.Count;

        public void Add(int position, string? key, string reason, ConcurrentDictionary<string, bool> seen)
        {
            if (key is null)
            {
                _rejections.Add(new { position, outcome = "invalid", reason });
            }
            else if (seen.TryAdd(key, true))
            {
                _accepted++;
            }
            else
            {
                _duplicate++;
            }
        }

        public object Json() => new { accepted = _accepted, duplicate = _duplicate, rejected = _rejections.Count, rejections = _rejections };
    }
}
