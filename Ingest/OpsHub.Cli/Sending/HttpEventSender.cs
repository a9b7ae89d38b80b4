using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OpsHub.Cli.Sending;

/// <summary>
/// Posts each event to <c>POST /api/v1/events</c>. Waits on 429 as Retry-After says; retries transient errors
/// (5xx, timeouts, refused connections) with doubling backoff; never retries other 4xx.
/// </summary>
internal sealed class HttpEventSender(HttpClient http, SenderOptions options, TimeProvider time) : IEventSender
{
    private static readonly Uri Endpoint = new("api/v1/events", UriKind.Relative);
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    /// <inheritdoc />
    public async Task<SendResult> SendAsync(string eventJson, CancellationToken cancellationToken)
    {
        var attempts = 0;
        var transient = 0;
        var throttled = 0;
        var backoff = options.InitialBackoff;
        var reason = "not sent";
        int? status = null;
        var limit = options.MaxAttempts + options.MaxThrottledWaits + 1;
        while (attempts < limit)
        {
            attempts++;
            try
            {
                using var content = new StringContent(eventJson, Encoding.UTF8);
                content.Headers.ContentType = Json;
                using var response = await http.PostAsync(Endpoint, content, cancellationToken);
                status = (int)response.StatusCode;
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    return new SendResult(SendOutcome.Applied, status, null, attempts);
                }

                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return new SendResult(IsDuplicate(body) ? SendOutcome.Duplicate : SendOutcome.Applied, status, null, attempts);
                }

                reason = ProblemText.Describe(status.Value, body);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    if (++throttled > options.MaxThrottledWaits)
                    {
                        return new SendResult(SendOutcome.Failed, status, $"still throttled after {throttled - 1} waits: {reason}", attempts);
                    }

                    await Task.Delay(RetryAfter(response), time, cancellationToken);
                    continue;
                }

                if (status is >= 400 and < 500 && response.StatusCode != HttpStatusCode.RequestTimeout)
                {
                    return new SendResult(SendOutcome.Rejected, status, reason, attempts);
                }
            }
            catch (HttpRequestException e)
            {
                reason = $"no answer: {e.Message}";
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                reason = $"timed out: {e.Message}";
            }

            if (++transient >= options.MaxAttempts)
            {
                return new SendResult(SendOutcome.Failed, status, $"gave up after {transient} attempts: {reason}", attempts);
            }

            await Task.Delay(backoff, time, cancellationToken);
            backoff = backoff * 2 > options.MaxBackoff ? options.MaxBackoff : backoff * 2;
        }

        return new SendResult(SendOutcome.Failed, status, $"gave up after {attempts} attempts: {reason}", attempts);
    }

    private TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta
            ?? (header?.Date is { } date ? date - time.GetUtcNow() : options.DefaultRetryAfter);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > options.MaxRetryAfter ? options.MaxRetryAfter : wait;
    }

    private static bool IsDuplicate(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("outcome", out var outcome)
                && outcome.ValueKind == JsonValueKind.String
                && string.Equals(outcome.GetString(), "duplicate", StringComparison.OrdinalIgnoreCase);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
