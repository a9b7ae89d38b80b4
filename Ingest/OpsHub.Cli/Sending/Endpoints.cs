namespace OpsHub.Cli.Sending;

/// <summary>OpsHub's bulk doors and the media types they take.</summary>
internal static class Endpoints
{
    /// <summary><c>POST /api/v1/events</c>.</summary>
    public static Uri Events { get; } = new("api/v1/events", UriKind.Relative);

    /// <summary><c>POST /api/v1/portal/records</c>.</summary>
    public static Uri PortalRecords { get; } = new("api/v1/portal/records", UriKind.Relative);

    /// <summary>One event per line, plain OpsHub JSON or CloudEvents.</summary>
    public const string Ndjson = "application/x-ndjson";

    /// <summary>A JSON array of CloudEvents.</summary>
    public const string CloudEventsBatch = "application/cloudevents-batch+json";

    /// <summary>Portal records as CSV with a header row.</summary>
    public const string Csv = "text/csv";
}
