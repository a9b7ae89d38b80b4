using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace OpsHub.Cli.Importing;

/// <summary>Splits an import stream into items: NDJSON lines, the elements of a JSON array, or CSV records.</summary>
internal static class ImportReaders
{
    // A record longer than this is a broken file (an unclosed quote), not a dossier.
    private const int MaxRecordChars = 1 << 20;

    /// <summary>The items of <paramref name="stream"/> read as <paramref name="format"/>; for CSV the header row comes first.</summary>
    /// <exception cref="InvalidDataException">A JSON array that is not one, or a CSV record that never ends.</exception>
    public static IAsyncEnumerable<ImportItem> ReadAsync(ImportFormat format, Stream stream, CancellationToken cancellationToken) => format switch
    {
        ImportFormat.CloudEvents => ArrayAsync(stream, cancellationToken),
        ImportFormat.PortalCsv => CsvAsync(stream, cancellationToken),
        _ => LinesAsync(stream, cancellationToken),
    };

    private static async IAsyncEnumerable<ImportItem> LinesAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        for (var number = 1L; await reader.ReadLineAsync(cancellationToken) is { } line; number++)
        {
            yield return new ImportItem(number, line);
        }
    }

    private static async IAsyncEnumerable<ImportItem> ArrayAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var elements = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream, cancellationToken: cancellationToken);
        await using var e = elements.GetAsyncEnumerator(cancellationToken);
        for (var number = 1L; ; number++)
        {
            try
            {
                if (!await e.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"Not a CloudEvents batch (a JSON array of events): {ex.Message}", ex);
            }

            yield return new ImportItem(number, e.Current.GetRawText());
        }
    }

    private static async IAsyncEnumerable<ImportItem> CsvAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var buffer = new char[16 * 1024];
        var record = new StringBuilder();
        var quoted = false;
        long line = 1;
        long start = 1;
        int read;
        while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var c = buffer[i];
                if (c == '\n')
                {
                    line++;
                    if (!quoted)
                    {
                        yield return new ImportItem(start, TrimReturn(record));
                        record.Clear();
                        start = line;
                        continue;
                    }
                }
                else if (c == '"')
                {
                    quoted = !quoted;
                }

                record.Append(c);
            }

            if (record.Length > MaxRecordChars)
            {
                throw new InvalidDataException($"The CSV record starting on line {start} is longer than {MaxRecordChars} characters (an unclosed quote?).");
            }
        }

        if (record.Length > 0)
        {
            yield return new ImportItem(start, TrimReturn(record));
        }
    }

    private static string TrimReturn(StringBuilder record) =>
        record.Length > 0 && record[^1] == '\r' ? record.ToString(0, record.Length - 1) : record.ToString();
}
