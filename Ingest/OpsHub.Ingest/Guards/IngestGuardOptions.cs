namespace OpsHub.Ingest.Guards;

/// <summary>Who may send events, how much and how fast. Section <c>OpsHub:Ingest</c>.</summary>
public sealed class IngestGuardOptions
{
    public const string Section = "OpsHub:Ingest";

    /// <summary>Whether the ingest doors require an API key (header <c>X-Api-Key</c>). Default true.</summary>
    public bool RequireApiKey { get; set; } = true;

    /// <summary>The sending systems and their keys. Without a key match a request is answered 401.</summary>
    public IList<IngestSourceOptions> Sources { get; } = [];

    /// <summary>Largest body of a single event or a JSON batch. Default 4 MiB.</summary>
    public long MaxRequestBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Largest body of a streamed bulk upload (NDJSON, CSV). Default 256 MiB.</summary>
    public long MaxBulkBytes { get; set; } = 256L * 1024 * 1024;
}
