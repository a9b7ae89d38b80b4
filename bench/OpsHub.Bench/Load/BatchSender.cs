using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;

namespace OpsHub.Bench.Load;

/// <summary>Posts NDJSON batches to <c>POST /api/v1/events</c> and reads how many were acknowledged.</summary>
internal sealed class BatchSender(HttpClient client)
{
    /// <summary>Sends <paramref name="body"/>; returns the events accepted (0 on a non-2xx answer) and the request's latency.</summary>
    public async Task<(int Accepted, TimeSpan Latency)> SendAsync(string body, CancellationToken cancellationToken)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/x-ndjson");
        var started = Stopwatch.GetTimestamp();
        using var response = await client.PostAsync("api/v1/events", content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return (0, Stopwatch.GetElapsedTime(started));
        }

        var summary = await response.Content.ReadFromJsonAsync<Summary>(cancellationToken);
        return (summary?.Accepted ?? 0, Stopwatch.GetElapsedTime(started));
    }

    private sealed record Summary(int Accepted, int Duplicate, int Rejected);
}
