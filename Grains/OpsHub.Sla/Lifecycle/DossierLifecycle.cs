using System.Collections.Frozen;
using System.Collections.Immutable;
using static OpsHub.Sla.Lifecycle.PortalStatus;

namespace OpsHub.Sla.Lifecycle;

/// <summary>
/// The legal status changes of a dossier. A dossier starts registered online (1) or received at the counter (2).
/// Only received dossiers (2, 4) may pause (5, 6, 8), be withdrawn (7) or complete (9, or 10 directly when the result
/// is handed over at once); a pause ends by going back to processing (4), by withdrawal (7) or, for 5 and 6, by a
/// stop (8); the only way on from 9 is 10. 3, 7 and 10 are terminal. A stop (8) that is final closes the dossier
/// without a status change (see <c>DossierClock.Close</c>).
/// </summary>
public static class DossierLifecycle
{
    private static readonly FrozenDictionary<PortalStatus, ImmutableArray<PortalStatus>> Next = new Dictionary<PortalStatus, ImmutableArray<PortalStatus>>
    {
        [Registered] = [Received, RefusedAtIntake, Withdrawn],
        [Received] = [InProcessing, SupplementRequested, AwaitingPayment, Withdrawn, Stopped, ResultReady, Returned],
        [RefusedAtIntake] = [],
        [InProcessing] = [SupplementRequested, AwaitingPayment, Withdrawn, Stopped, ResultReady, Returned],
        [SupplementRequested] = [InProcessing, Withdrawn, Stopped],
        [AwaitingPayment] = [InProcessing, Withdrawn, Stopped],
        [Withdrawn] = [],
        [Stopped] = [InProcessing, Withdrawn],
        [ResultReady] = [Returned],
        [Returned] = [],
    }.ToFrozenDictionary();

    private static readonly ImmutableArray<PortalStatus> Initial = [Registered, Received];

    /// <summary>The statuses a dossier in <paramref name="from"/> may move to; <c>null</c> means not yet known.</summary>
    public static ImmutableArray<PortalStatus> NextOf(PortalStatus? from) =>
        from is { } status ? Next.GetValueOrDefault(status, []) : Initial;

    /// <summary>Whether a dossier in <paramref name="from"/> (<c>null</c>: not yet known) may move to <paramref name="to"/>.</summary>
    public static TransitionCheck Check(PortalStatus? from, PortalStatus to)
    {
        if (!Enum.IsDefined(to))
        {
            return TransitionCheck.Refused($"{(int)to} is not a portal status code (1–10).");
        }

        if (from is { } current && !Enum.IsDefined(current))
        {
            return TransitionCheck.Refused($"{(int)current} is not a portal status code (1–10).");
        }

        var allowed = NextOf(from);
        if (allowed.Contains(to))
        {
            return TransitionCheck.Allowed;
        }

        if (from is null)
        {
            return TransitionCheck.Refused($"A dossier must first be registered (1) or received (2), not {Describe(to)}.");
        }

        if (from == to)
        {
            return TransitionCheck.Refused($"The dossier is already {Describe(to)}.");
        }

        return allowed.IsEmpty
            ? TransitionCheck.Refused($"A dossier {Describe(from.Value)} is closed; it cannot become {Describe(to)}.")
            : TransitionCheck.Refused($"A dossier {Describe(from.Value)} can only become {string.Join(", ", allowed.Select(s => (int)s))}; not {Describe(to)}.");
    }

    /// <summary>How <paramref name="status"/> counts.</summary>
    public static StatusPhase PhaseOf(PortalStatus status) => status switch
    {
        Registered => StatusPhase.NotReceived,
        Received or InProcessing => StatusPhase.InProgress,
        SupplementRequested or AwaitingPayment or Stopped => StatusPhase.Paused,
        ResultReady or Returned => StatusPhase.Done,
        RefusedAtIntake or Withdrawn => StatusPhase.Closed,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown portal status."),
    };

    /// <summary>The code and meaning of <paramref name="status"/>, e.g. "5 (supplement requested)".</summary>
    public static string Describe(PortalStatus status) => status switch
    {
        Registered => "1 (registered online)",
        Received => "2 (received)",
        RefusedAtIntake => "3 (refused at intake)",
        InProcessing => "4 (in processing)",
        SupplementRequested => "5 (supplement requested)",
        AwaitingPayment => "6 (awaiting payment)",
        Withdrawn => "7 (withdrawn)",
        Stopped => "8 (processing stopped)",
        ResultReady => "9 (result ready)",
        Returned => "10 (result returned)",
        _ => $"{(int)status} (unknown)",
    };
}
