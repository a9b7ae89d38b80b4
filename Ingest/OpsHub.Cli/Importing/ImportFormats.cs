namespace OpsHub.Cli.Importing;

/// <summary>Names the import formats and recognises them from a file name or the first character of the data.</summary>
internal static class ImportFormats
{
    /// <summary>The names accepted by <c>--format</c>.</summary>
    public const string Names = "ndjson, cloudevents, portal-csv";

    /// <summary>The format named <paramref name="name"/>, or <c>null</c> when it is not one.</summary>
    public static ImportFormat? Parse(string name) => name.ToLowerInvariant() switch
    {
        "ndjson" or "jsonl" => ImportFormat.Ndjson,
        "cloudevents" or "cloudevents-batch" => ImportFormat.CloudEvents,
        "portal-csv" or "csv" => ImportFormat.PortalCsv,
        _ => null,
    };

    /// <summary>The format's name as <c>--format</c> takes it.</summary>
    public static string Name(ImportFormat format) => format switch
    {
        ImportFormat.CloudEvents => "cloudevents",
        ImportFormat.PortalCsv => "portal-csv",
        _ => "ndjson",
    };

    /// <summary>
    /// The format of <paramref name="path"/> from its extension (<c>.csv</c>, <c>.ndjson</c>, <c>.jsonl</c>), else from
    /// <paramref name="firstChar"/>, the first non-blank character: <c>[</c> a CloudEvents batch, <c>{</c> NDJSON, anything else CSV.
    /// </summary>
    public static ImportFormat Infer(string? path, char? firstChar)
    {
        var extension = path is null ? "" : Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".csv" => ImportFormat.PortalCsv,
            ".ndjson" or ".jsonl" => ImportFormat.Ndjson,
            _ => firstChar switch
            {
                '[' => ImportFormat.CloudEvents,
                '{' or null => ImportFormat.Ndjson,
                _ => ImportFormat.PortalCsv,
            },
        };
    }

    /// <summary>The first non-blank character in <paramref name="bytes"/> (UTF-8, a byte-order mark skipped), or <c>null</c>.</summary>
    public static char? FirstChar(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b < 0x80 ? (char)b : '\uFFFD';
            }
        }

        return null;
    }
}
