namespace OpsHub.Cli.Importing;

/// <summary>One item of an import file.</summary>
/// <param name="Position">Where it is: its line (NDJSON; for CSV the line on which the record starts) or its 1-based place in a JSON array.</param>
/// <param name="Text">The item as written (a JSON object, or a CSV record without its line break).</param>
internal sealed record ImportItem(long Position, string Text)
{
    /// <summary>Whether the item is only white space (a blank line).</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
