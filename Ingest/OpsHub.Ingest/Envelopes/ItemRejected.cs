namespace OpsHub.Ingest.Envelopes;

/// <summary>The item is not valid and was not journalled.</summary>
/// <param name="Position">Where the item was; see <see cref="ItemResult.Position"/>.</param>
/// <param name="Reason">One line saying why, fit for a log or a report row.</param>
/// <param name="Errors">The faulty fields, each with its problems; empty when the item as a whole was unreadable.</param>
public sealed record ItemRejected(int Position, string Reason, IReadOnlyDictionary<string, string[]> Errors) : ItemResult(Position)
{
    /// <summary>Rejects for the faulty fields in <paramref name="errors"/>; the reason lists each field with its problems.</summary>
    public static ItemRejected ForFields(int position, IReadOnlyDictionary<string, string[]> errors) =>
        new(position, string.Join(" ", errors.Select(e => $"{(e.Key.Length == 0 ? "item" : e.Key)}: {string.Join(" ", e.Value)}")), errors);

    /// <summary>Rejects an item that could not be read at all.</summary>
    public static ItemRejected Unreadable(int position, string reason) =>
        new(position, reason, new Dictionary<string, string[]>());
}
