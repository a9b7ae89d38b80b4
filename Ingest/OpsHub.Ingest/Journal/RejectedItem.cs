namespace OpsHub.Ingest.Journal;

/// <summary>An item refused at the door, kept as a dead letter with its reason.</summary>
public sealed record RejectedItem(string Source, string Format, string Payload, string Reason);
