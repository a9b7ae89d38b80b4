namespace OpsHub.Ingest.Journal;

/// <summary>An event OpsHub could not use, with why: refused at the door (<see cref="Seq"/> null) or when applied.</summary>
/// <param name="Kind"><c>door</c> (never journaled) or <c>journal</c> (journaled, refused when applied).</param>
/// <param name="Id">The dead letter's id (door) or the journal sequence number (journal).</param>
/// <param name="Seq">The journal sequence number, for journal dead letters.</param>
/// <param name="Source">Who sent it.</param>
/// <param name="Format">Its format.</param>
/// <param name="Payload">The item as sent.</param>
/// <param name="Reason">Why it was refused.</param>
/// <param name="ReceivedAt">When it arrived.</param>
public sealed record DeadLetter(string Kind, long Id, long? Seq, string Source, string Format, string Payload, string Reason, DateTimeOffset ReceivedAt);
