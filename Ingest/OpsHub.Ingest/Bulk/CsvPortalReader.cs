using System.Runtime.CompilerServices;
using System.Text;
using OpsHub.Ingest.Envelopes;
using OpsHub.Ingest.Portal;

namespace OpsHub.Ingest.Bulk;

/// <summary>
/// Streams portal records from CSV: UTF-8 with or without a byte-order mark, a header row naming the fields of
/// <see cref="PortalFields"/> (any order, case ignored, unknown columns ignored), then one record per row. Yields one
/// result per record, positioned by the line on which it starts.
/// </summary>
public static class CsvPortalReader
{
    /// <summary>Longest record accepted, in characters; a longer one ends the read with <see cref="InvalidDataException"/>.</summary>
    public const int MaxRecordChars = 64 * 1024;

    /// <summary>Reads <paramref name="stream"/> to its end; the stream is left open.</summary>
    public static async IAsyncEnumerable<ItemResult> ReadAsync(
        Stream stream,
        string source = PortalRecordMapper.DefaultSource,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var text = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var rows = new CsvRowReader(text, MaxRecordChars);
        var header = await rows.ReadAsync(cancellationToken);
        if (header is null)
        {
            yield break;
        }

        var names = header.Fields.Select(n => n.Trim()).ToArray();
        while (await rows.ReadAsync(cancellationToken) is { } row)
        {
            if (row.Fields.Count > names.Length)
            {
                yield return ItemRejected.Unreadable(row.Line, $"Line {row.Line} has {row.Fields.Count} fields but the header names {names.Length}.");
                continue;
            }

            var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < row.Fields.Count; i++)
            {
                fields[names[i]] = row.Fields[i];
            }

            yield return PortalRecordReader.ReadFields(fields, row.Line, source);
        }
    }
}
