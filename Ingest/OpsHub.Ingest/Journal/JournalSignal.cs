namespace OpsHub.Ingest.Journal;

/// <summary>
/// What the doors of this process tell its applier: that something was journaled, so it need not wait for its poll,
/// and whether submissions are being taken in, so it can leave the door the CPU.
/// </summary>
public sealed class JournalSignal(TimeProvider? time = null) : IDisposable
{
    // Requests of a steady feed arrive a few milliseconds apart: the door counts as busy until this long after its
    // last submission ended, so the applier does not fill every gap between them and delay the next.
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly SemaphoreSlim _signal = new(0, 1);
    private int _intake;
    private int _everEnded;
    private long _lastIntakeEnded;

    /// <summary>Whether a door is taking a submission in, or finished one less than a second ago.</summary>
    public bool IntakeActive =>
        Volatile.Read(ref _intake) > 0
        || (Volatile.Read(ref _everEnded) != 0 && _time.GetElapsedTime(Volatile.Read(ref _lastIntakeEnded)) < Hold);

    public void IntakeStarted() => Interlocked.Increment(ref _intake);

    public void IntakeEnded()
    {
        Volatile.Write(ref _lastIntakeEnded, _time.GetTimestamp());
        Volatile.Write(ref _everEnded, 1);
        Interlocked.Decrement(ref _intake);
    }

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled.
            }
        }
    }

    /// <summary>Completes on the next <see cref="Notify"/> or after <paramref name="timeout"/>.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}
