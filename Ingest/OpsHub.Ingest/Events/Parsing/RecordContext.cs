namespace OpsHub.Ingest.Events.Parsing;

/// <summary>
/// Values an envelope supplies when the event's own fields leave them out: a CloudEvent's <c>subject</c> stands for the
/// dossier code and its <c>time</c> for <c>occurredAt</c>.
/// </summary>
/// <param name="Subject">The dossier code to use when <c>dossierCode</c> is absent.</param>
/// <param name="Time">The instant to use when <c>occurredAt</c> is absent.</param>
public sealed record RecordContext(string? Subject, DateTimeOffset? Time)
{
    /// <summary>No fallbacks: every field must be in the event itself (the plain OpsHub JSON).</summary>
    public static RecordContext None { get; } = new(null, null);
}
