namespace OpsHub.Ingest.Guards;

/// <summary>The source a request was authenticated as; kept in <c>HttpContext.Items</c>.</summary>
/// <param name="Name">Its name, journaled with its events.</param>
/// <param name="RequestsPerSecond">Its average request rate.</param>
/// <param name="Burst">Its burst above the average.</param>
/// <param name="Units">The units it may write for (with their subtrees); empty for any.</param>
public sealed record IngestSource(string Name, int RequestsPerSecond, int Burst, IReadOnlyCollection<string> Units)
{
    /// <summary>The key of the item in <c>HttpContext.Items</c>.</summary>
    public static readonly object ItemKey = new();

    /// <summary>The source used when keys are not required.</summary>
    public static IngestSource Anonymous { get; } = new(Http.IngestEndpoints.DefaultSource, 1_000, 2_000, []);

    /// <summary>
    /// Whether what it sends only goes through the door, kept nowhere: true only for this process's own warm-up
    /// (<see cref="WarmUpKey"/>).
    /// </summary>
    public bool KeepsNothing { get; init; }
}
