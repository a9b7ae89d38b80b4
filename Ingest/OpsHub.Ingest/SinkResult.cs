namespace OpsHub.Ingest;

/// <summary>What the sink did with an event.</summary>
/// <param name="Outcome">Applied, duplicate, conflicting or invalid.</param>
/// <param name="Reason">Why, when it was not applied.</param>
public sealed record SinkResult(SinkOutcome Outcome, string? Reason = null)
{
    public static SinkResult Applied { get; } = new(SinkOutcome.Applied);

    public static SinkResult Duplicate { get; } = new(SinkOutcome.Duplicate);

    public static SinkResult Conflict(string reason) => new(SinkOutcome.Conflict, reason);

    public static SinkResult Invalid(string reason) => new(SinkOutcome.Invalid, reason);

    public static SinkResult AwaitingReceipt(string reason) => new(SinkOutcome.AwaitingReceipt, reason);
}
