using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsHub.Ingest.Guards;
using OpsHub.Ingest.Journal;

namespace OpsHub.Ingest.Http;

/// <summary>
/// Once the HTTP server listens, sends the warm-up's sample NDJSON body to this process's own
/// <c>POST /api/v1/events</c> over loopback, through everything a source's request goes through (server, rate limiter,
/// key check, reader, door, the journal's insert), under a key of its own (<see cref="WarmUpKey"/>) whose bodies keep
/// nothing. It goes on until the runtime has stopped compiling (fewer than <see cref="QuietMethods"/> methods in a
/// second) or <see cref="JournalOptions.WarmUpLimit"/> has passed; the process is not ready (<see cref="Finished"/>)
/// until then. Without it, a silo just restarted answered its first 15 s at 10,000 events/s with a p99 above 100 ms,
/// while the runtime compiled and recompiled the request path under the load (BENCHMARKS.md, run 12).
/// </summary>
public sealed partial class DoorHttpWarmup(
    IServiceProvider services, WarmUpKey key, TimeProvider time, IOptions<JournalOptions> options, ILogger<DoorHttpWarmup> logger) : IHostedLifecycleService, IDisposable
{
    /// <summary>Methods compiled in a second below which the runtime counts as done compiling.</summary>
    internal const int QuietMethods = 25;

    /// <summary>Requests sent before the compile rate is looked at.</summary>
    internal const int MinRequests = 50;

    private const int Connections = 2;

    private readonly CancellationTokenSource _stopping = new();
    private volatile bool _finished;
    private int _requests;
    private Task _run = Task.CompletedTask;

    /// <summary>Whether the warm-up is over (done, off, impossible or failed): only then is the process ready.</summary>
    public bool Finished => _finished;

    /// <summary>Requests the warm-up has sent so far.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.WarmUpDoor)
        {
            _finished = true;
            return Task.CompletedTask;
        }

        // An in-memory server (tests) has no addresses: nothing to warm up, nothing to warn about.
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        if (LoopbackAddress(addresses) is not { } address)
        {
            if (addresses.Count > 0)
            {
                LogNoAddress();
            }

            _finished = true;
            return Task.CompletedTask;
        }

        _run = Task.Run(() => RunAsync(address, _stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _run.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _stopping.Dispose();

    /// <summary>
    /// The address to reach this process's server on from itself: the first plain HTTP one it listens on, with a
    /// wildcard or <c>localhost</c> host read as the IPv4 loopback; <c>null</c> when it listens on none (only HTTPS: the
    /// warm-up does not skip certificate checks, so it does not run).
    /// </summary>
    internal static Uri? LoopbackAddress(IEnumerable<string> addresses)
    {
        var parsed = addresses
            .Select(a => Uri.TryCreate(a.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri : null)
            .OfType<Uri>()
            .FirstOrDefault(u => u.Scheme == "http");
        if (parsed is null)
        {
            return null;
        }

        var host = parsed.Host is "0.0.0.0" or "[::]" or "localhost" ? "127.0.0.1" : parsed.Host;
        return new UriBuilder(parsed.Scheme, host, parsed.Port).Uri;
    }

    private async Task RunAsync(Uri address, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var warmUpKey = key.Open();
        try
        {
            using var client = Client(address, warmUpKey);
            var sample = DoorWarmup.Sample(time.GetUtcNow());
            var compiledBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
            var quiet = false;
            var limit = options.Value.WarmUpLimit;
            var window = time.GetTimestamp();
            var compiledAtWindow = compiledBefore;
            while (!quiet && time.GetElapsedTime(started) < limit)
            {
                // Rest as long as the round took: the runtime compiles the hot code again, optimised, on a thread of its
                // own, and the requests need not keep both cores busy to be counted as hot.
                var round = time.GetTimestamp();
                await Task.WhenAll(Enumerable.Range(0, Connections).Select(_ => SendAsync(client, sample, cancellationToken)));
                await Task.Delay(time.GetElapsedTime(round), time, cancellationToken);
                if (time.GetElapsedTime(window) >= TimeSpan.FromSeconds(1))
                {
                    var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
                    quiet = Requests >= MinRequests && (compiled - compiledAtWindow) / time.GetElapsedTime(window).TotalSeconds < QuietMethods;
                    window = time.GetTimestamp();
                    compiledAtWindow = compiled;
                }
            }

            var elapsed = time.GetElapsedTime(started);
            var methods = System.Runtime.JitInfo.GetCompiledMethodCount() - compiledBefore;
            var reason = quiet ? "the runtime had stopped compiling" : $"the {limit.TotalSeconds:0} s limit was reached";
            LogWarmedUp(Requests, elapsed.TotalMilliseconds, methods, reason);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogFailed(ex, Requests);
        }
        finally
        {
            key.Close(warmUpKey);
            _finished = true;
        }
    }

    private async Task SendAsync(HttpClient client, byte[] sample, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(sample);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        using var response = await client.PostAsync("api/v1/events", content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"The door answered the warm-up {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}", null, response.StatusCode);
        }

        Interlocked.Increment(ref _requests);
    }

    private static HttpClient Client(Uri address, string warmUpKey)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Connections, UseProxy = false, AllowAutoRedirect = false };
        var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add(ApiKeyFilter.Header, warmUpKey);
        return client;
    }

    [LoggerMessage(EventId = 2212, Level = LogLevel.Information,
        Message = "Ingest door warmed up over HTTP: {Requests} requests in {Milliseconds:N0} ms, {Methods} methods compiled meanwhile; stopped because {Reason} (nothing kept)")]
    private partial void LogWarmedUp(int requests, double milliseconds, long methods, string reason);

    [LoggerMessage(EventId = 2213, Level = LogLevel.Warning, Message = "The HTTP server listens on no plain http address; the ingest door was not warmed up over HTTP")]
    private partial void LogNoAddress();

    [LoggerMessage(EventId = 2214, Level = LogLevel.Warning, Message = "Warming up the ingest door over HTTP failed after {Requests} requests; its first requests will be slower")]
    private partial void LogFailed(Exception exception, int requests);
}
