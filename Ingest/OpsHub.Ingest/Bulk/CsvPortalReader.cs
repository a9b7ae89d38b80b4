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
    /// <summary>Longest record accepted, in characters; a longer one is refused and ends the read.</summary>
    public const int MaxRecordChars = 64 * 1024;

    /// <summary>Reads <paramref name="stream"/> to its end; the stream is left open.</summary>
    public static async IAsyncEnumerable<ItemResult> ReadAsync(
        Stream stream,
        string source = PortalRecordMapper.DefaultSource,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Bytes that are not UTF-8 are noticed (not silently replaced), so that their records are refused for what they are.
        var fallback = new FlaggingReplacementFallback();
        var encoding = (Encoding)new UTF8Encoding(false).Clone();
        encoding.DecoderFallback = fallback;
        using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var rows = new CsvRowReader(text, MaxRecordChars);
        var (header, tooLong) = await NextAsync(rows, cancellationToken);
        if (header is null)
        {
            if (tooLong is not null)
            {
                yield return tooLong;
            }

            yield break;
        }

        // The byte-order mark, when there is one, is read as U+FEFF in front of the first name.
        var names = header.Fields.Select((n, i) => (i == 0 ? n.TrimStart('\uFEFF') : n).Trim()).ToArray();
        while (true)
        {
            var (row, stopped) = await NextAsync(rows, cancellationToken);
            if (row is null)
            {
                if (stopped is not null)
                {
                    yield return stopped;
                }

                yield break;
            }

            if (row.Fields.Any(f => f.Contains('\0', StringComparison.Ordinal)))
            {
                yield return ItemRejected.Unreadable(row.Line, $"Line {row.Line} contains a NUL character (\\0), which OpsHub does not accept in text.");
                continue;
            }

            if (fallback.Used && row.Fields.Any(f => f.Contains('\uFFFD', StringComparison.Ordinal)))
            {
                yield return ItemRejected.Unreadable(row.Line, $"Line {row.Line} is not valid UTF-8 text; save the file as UTF-8.");
                continue;
            }

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

    // The next record; an over-long one ends the read, reported where it starts (yield cannot sit in a try with a catch).
    private static async Task<(CsvRow? Row, ItemRejected? Stopped)> NextAsync(CsvRowReader rows, CancellationToken cancellationToken)
    {
        try
        {
            return (await rows.ReadAsync(cancellationToken), null);
        }
        catch (InvalidDataException ex)
        {
            return (null, ItemRejected.Unreadable(rows.RecordStart, $"{ex.Message} Reading stopped there: the records after it were not read."));
        }
    }
}
