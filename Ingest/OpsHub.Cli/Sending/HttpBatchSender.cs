using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace OpsHub.Cli.Sending;

/// <summary>
/// Posts bulk requests. Waits on 429 as Retry-After says; retries transient errors (5xx, 408, timeouts, refused
/// connections) with doubling backoff; never retries other 4xx, which refuse the request as a whole (a wrong key, too
/// large a body) and leave its items unanswered. Sending a request again is safe: OpsHub answers the
/// events it already has as duplicates, so a retry never counts an event twice as applied.
/// </summary>
internal sealed class HttpBatchSender(HttpClient http, SenderOptions options, TimeProvider time) : IBatchSender
{
    /// <inheritdoc />
    public async Task<BatchAnswer> SendAsync(BatchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var attempts = 0;
        var transient = 0;
        var throttled = 0;
        var backoff = options.InitialBackoff;
        var reason = "not sent";
        var limit = options.MaxAttempts + options.MaxThrottledWaits + 1;
        while (attempts < limit)
        {
            attempts++;
            try
            {
                using var content = new StringContent(request.Body, Encoding.UTF8);
                content.Headers.ContentType = new MediaTypeHeaderValue(request.MediaType) { CharSet = "utf-8" };
                using var response = await http.PostAsync(request.Endpoint, content, cancellationToken);
                var status = (int)response.StatusCode;
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return BulkSummaryJson.Read(body, attempts)
                        ?? BatchAnswer.Failed($"{status}: the answer is not a bulk summary (is this an OpsHub with bulk ingest?)", attempts);
                }

                reason = ProblemText.Describe(status, body);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    if (++throttled > options.MaxThrottledWaits)
                    {
                        return BatchAnswer.Failed($"still throttled after {throttled - 1} waits: {reason}", attempts);
                    }

                    await Task.Delay(RetryAfter(response), time, cancellationToken);
                    continue;
                }

                if (status is >= 400 and < 500 && response.StatusCode != HttpStatusCode.RequestTimeout)
                {
                    // The request as a whole (key, size, media type), not its items: no item was answered for.
                    return BatchAnswer.Failed($"refused: {reason}", attempts);
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
                return BatchAnswer.Failed($"gave up after {transient} attempts: {reason}", attempts);
            }

            await Task.Delay(backoff, time, cancellationToken);
            backoff = backoff * 2 > options.MaxBackoff ? options.MaxBackoff : backoff * 2;
        }

        return BatchAnswer.Failed($"gave up after {attempts} attempts: {reason}", attempts);
    }

    private TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta
            ?? (header?.Date is { } date ? date - time.GetUtcNow() : options.DefaultRetryAfter);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > options.MaxRetryAfter ? options.MaxRetryAfter : wait;
    }
}
