namespace OpsHub.Cli.Sending;

/// <summary>
/// Delivers OpsHub events. Today one request per event; a batch or NDJSON sender can replace it without the
/// commands noticing.
/// </summary>
internal interface IEventSender
{
    /// <summary>Delivers one event (a JSON object) and says what OpsHub made of it, after any retries.</summary>
    Task<SendResult> SendAsync(string eventJson, CancellationToken cancellationToken);
}
