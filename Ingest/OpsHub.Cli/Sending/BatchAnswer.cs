namespace OpsHub.Cli.Sending;

/// <summary>What OpsHub made of one bulk request, after any retries.</summary>
/// <param name="Delivered">Whether OpsHub answered for every item (its counts are final); <c>false</c> when it never did.</param>
/// <param name="Accepted">Events applied (journaled) for the first time.</param>
/// <param name="Duplicates">Events it already had.</param>
/// <param name="Rejected">Items refused, each with a reason in <paramref name="Problems"/> or, for a refused request, <paramref name="Reason"/>.</param>
/// <param name="Problems">The refused items OpsHub listed.</param>
/// <param name="Reason">Why the whole request was refused or failed, if it was.</param>
/// <param name="Attempts">Requests made, retries included.</param>
internal sealed record BatchAnswer(bool Delivered, long Accepted, long Duplicates, long Rejected, IReadOnlyList<ItemProblem> Problems, string? Reason, int Attempts)
{
    /// <summary>A request OpsHub never answered.</summary>
    public static BatchAnswer Failed(string reason, int attempts) => new(false, 0, 0, 0, [], reason, attempts);

    /// <summary>A request refused as a whole (a 4xx): every item is rejected for <paramref name="reason"/>.</summary>
    public static BatchAnswer Refused(int items, string reason, int attempts) => new(true, 0, 0, items, [], reason, attempts);
}
