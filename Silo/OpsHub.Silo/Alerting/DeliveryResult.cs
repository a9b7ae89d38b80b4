namespace OpsHub.Silo.Alerting;

/// <summary>The outcome of one delivery attempt: success, the HTTP status when there was one, and the error.</summary>
public sealed record DeliveryResult(bool Succeeded, int? StatusCode = null, string? Error = null)
{
    public static DeliveryResult Ok(int? statusCode = null) => new(true, statusCode);

    public static DeliveryResult Failed(string error, int? statusCode = null) => new(false, statusCode, error);
}
