namespace OpsHub.Ingest.CloudEvents;

/// <summary>The media types of the CloudEvents 1.0 JSON format.</summary>
public static class CloudEventContentTypes
{
    /// <summary>Structured mode: one event as one JSON object.</summary>
    public const string Structured = "application/cloudevents+json";

    /// <summary>Batched mode: a JSON array of events.</summary>
    public const string Batch = "application/cloudevents-batch+json";
}
