namespace OpsHub.Ingest.Events.Counters;

/// <summary>A validated, normalised event about the queue of a one-stop shop: a counter or a ticket.</summary>
/// <param name="UnitCode">The one-stop shop (unit) the counter or ticket belongs to.</param>
/// <param name="OccurredAt">When it happened at the source, with its offset.</param>
public abstract record QueueEvent(string UnitCode, DateTimeOffset OccurredAt) : IngestRecord(OccurredAt)
{
    /// <summary>The prefix of a queue subject: one unit's tickets and counters are applied in one order.</summary>
    public const string SubjectPrefix = "queue:";

    public override string Subject => SubjectPrefix + UnitCode;
}
