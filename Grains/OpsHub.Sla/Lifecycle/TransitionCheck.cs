namespace OpsHub.Sla.Lifecycle;

/// <summary>Whether a status change is legal and, when it is not, why.</summary>
/// <param name="IsAllowed">Whether the change may be applied.</param>
/// <param name="Reason">Why it is refused; <c>null</c> when allowed.</param>
public sealed record TransitionCheck(bool IsAllowed, string? Reason)
{
    /// <summary>The change is legal.</summary>
    public static TransitionCheck Allowed { get; } = new(true, null);

    /// <summary>The change is refused for <paramref name="reason"/>.</summary>
    public static TransitionCheck Refused(string reason) => new(false, reason);
}
