namespace OpsHub.Ingest.Journal;

/// <summary>The durable record of accepted events, and of dead letters.</summary>
public interface IEventJournal
{
    /// <summary>
    /// Commits <paramref name="items"/>; when the task completes they are durable. Per item: the journal sequence
    /// number, or <c>null</c> when the same (source, id) was journaled before (a duplicate).
    /// </summary>
    Task<IReadOnlyList<long?>> AppendAsync(IReadOnlyList<JournalItem> items, CancellationToken cancellationToken);

    /// <summary>
    /// Runs the insert <see cref="AppendAsync"/> runs for <paramref name="items"/>, in a transaction that is rolled
    /// back: nothing is kept but the sequence numbers it used up. A process does this before its doors open, so that
    /// its first requests do not wait for the insert's code to be compiled and its connection to be opened.
    /// </summary>
    Task WarmUpAsync(IReadOnlyList<JournalItem> items, CancellationToken cancellationToken);

    /// <summary>Keeps items refused at the door as dead letters.</summary>
    Task RecordRejectedAsync(IReadOnlyList<RejectedItem> items, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="limit"/> pending events (in sequence order),
    /// lets <paramref name="apply"/> decide each, and records the verdicts in the same transaction; events held for a
    /// receipt that was just applied become pending again. Returns how many were claimed: 0 also when another
    /// process (another silo) is applying, since one applier at a time keeps each dossier's events in order.
    /// </summary>
    Task<int> ApplyPendingAsync(int limit, Func<IReadOnlyList<JournalEntry>, Task<IReadOnlyList<JournalVerdict>>> apply, CancellationToken cancellationToken);

    /// <summary>A journaled event by its sequence number.</summary>
    Task<JournalEntry?> FindAsync(long seq, CancellationToken cancellationToken);

    /// <summary>Dead letters, oldest first.</summary>
    Task<IReadOnlyList<DeadLetter>> ListDeadAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Makes journal dead letters pending again (all, or those listed); returns how many.</summary>
    Task<int> RequeueDeadAsync(IReadOnlyCollection<long>? seqs, CancellationToken cancellationToken);

    /// <summary>Takes the door dead letters (all, or those listed) out of the list for a fresh try; returns them.</summary>
    Task<IReadOnlyList<DeadLetter>> TakeDoorDeadAsync(IReadOnlyCollection<long>? ids, string note, CancellationToken cancellationToken);
}
