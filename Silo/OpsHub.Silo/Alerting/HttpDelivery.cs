using System.Text.Json;

namespace OpsHub.Silo.Alerting;

/// <summary>Posts JSON and turns the answer into a <see cref="DeliveryResult"/>: any 2xx succeeds, anything else fails.</summary>
internal static class HttpDelivery
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<DeliveryResult> PostAsync(HttpClient client, Uri url, object body, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            using var response = await client.PostAsJsonAsync(url, body, Json, timeoutSource.Token);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? DeliveryResult.Ok(status) : DeliveryResult.Failed($"HTTP {status}", status);
        }
        catch (HttpRequestException e)
        {
            return DeliveryResult.Failed(e.HttpRequestError.ToString());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Failed("timeout");
        }
    }
}
