namespace OpsHub.Ingest.Guards;

/// <summary>The source a request was authenticated as; kept in <c>HttpContext.Items</c>.</summary>
public sealed record IngestSource(string Name, int RequestsPerSecond, int Burst)
{
    /// <summary>The key of the item in <c>HttpContext.Items</c>.</summary>
    public static readonly object ItemKey = new();

    /// <summary>The source used when keys are not required.</summary>
    public static IngestSource Anonymous { get; } = new(Http.IngestEndpoints.DefaultSource, 1_000, 2_000);
}
