namespace OpsHub.Ingest.Guards;

/// <summary>One sending system (a one-door software, a kiosk fleet, a portal sync).</summary>
public sealed class IngestSourceOptions
{
    /// <summary>Its name; events it sends without a source of their own are journaled under it.</summary>
    public string Name { get; set; } = "";

    /// <summary>The SHA-256 of its API key, as 64 hex digits; the key itself is never stored.</summary>
    public string ApiKeySha256 { get; set; } = "";

    /// <summary>
    /// The units it may write for, each with everything below it (a district's software lists the district). Events
    /// naming another unit are refused at the door (403 for a single event; listed as out-of-scope in a bulk
    /// summary) and kept as dead letters. Empty: any unit, which only a province-wide system should have.
    /// </summary>
    public IList<string> Units { get; } = [];

    /// <summary>Requests per second it may make on average. Default 200.</summary>
    public int RequestsPerSecond { get; set; } = 200;

    /// <summary>Requests it may make in a burst above the average. Default 400.</summary>
    public int Burst { get; set; } = 400;
}
