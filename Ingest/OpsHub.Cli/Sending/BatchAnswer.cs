namespace OpsHub.Cli.Sending;

/// <summary>What OpsHub made of one bulk request, after any retries.</summary>
/// <param name="Delivered">Whether OpsHub answered for every item (its counts are final); <c>false</c> when it never did.</param>
/// <param name="Accepted">Events applied (journaled) for the first time.</param>
/// <param name="Duplicates">Events it already had.</param>
/// <param name="Rejected">Items refused, each with a reason in <paramref name="Problems"/> (OpsHub lists at most 1,000).</param>
/// <param name="Problems">The refused items OpsHub listed.</param>
/// <param name="Reason">Why the request failed (never answered, or refused as a whole), if it did.</param>
/// <param name="Attempts">Requests made, retries included.</param>
internal sealed record BatchAnswer(bool Delivered, long Accepted, long Duplicates, long Rejected, IReadOnlyList<ItemProblem> Problems, string? Reason, int Attempts)
{
    /// <summary>A request OpsHub never answered.</summary>
    public static BatchAnswer Failed(string reason, int attempts) => new(false, 0, 0, 0, [], reason, attempts);
}
