using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text.Json;
using OpsHub.Ingest.CloudEvents;
using OpsHub.Ingest.Envelopes;

namespace OpsHub.Ingest.Bulk;

/// <summary>
/// Streams newline-delimited JSON: one event per line, either a CloudEvent (it has <c>specversion</c>) or a plain
/// OpsHub event. Yields one result per non-blank line, positioned by its 1-based line number. Memory stays bounded by
/// the longest accepted line: a longer line is skipped and reported, and reading goes on.
/// </summary>
public static class NdjsonReader
{
    /// <summary>Longest line accepted by default, in bytes (1 MiB).</summary>
    public const int DefaultMaxLineBytes = 1 << 20;

    /// <summary>Reads <paramref name="stream"/> to its end; the stream is left open.</summary>
    public static IAsyncEnumerable<ItemResult> ReadAsync(
        Stream stream,
        string defaultSource = PlainEventReader.DefaultSource,
        int maxLineBytes = DefaultMaxLineBytes,
        CancellationToken cancellationToken = default) =>
        ReadAsync(PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true)), defaultSource, maxLineBytes, cancellationToken);

    /// <summary>Reads <paramref name="reader"/> to its end and completes it.</summary>
    public static async IAsyncEnumerable<ItemResult> ReadAsync(
        PipeReader reader,
        string defaultSource = PlainEventReader.DefaultSource,
        int maxLineBytes = DefaultMaxLineBytes,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var lineNumber = 0;
        var skipping = false;
        var results = new List<ItemResult>();
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            while (buffer.PositionOf((byte)'\n') is { } end)
            {
                var line = buffer.Slice(0, end);
                buffer = buffer.Slice(buffer.GetPosition(1, end));
                lineNumber++;
                AddLine(line, lineNumber, skipping || line.Length > maxLineBytes, defaultSource, results);
                skipping = false;
            }

            if (read.IsCompleted)
            {
                if (!buffer.IsEmpty || skipping)
                {
                    AddLine(buffer, ++lineNumber, skipping || buffer.Length > maxLineBytes, defaultSource, results);
                }

                reader.AdvanceTo(buffer.End);
                foreach (var result in results)
                {
                    yield return result;
                }

                break;
            }

            if (buffer.Length > maxLineBytes)
            {
                // Drop the start of an over-long line rather than buffer it; the rest is dropped when its newline comes.
                skipping = true;
                reader.AdvanceTo(buffer.End);
            }
            else
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
            }

            foreach (var result in results)
            {
                yield return result;
            }

            results.Clear();
        }

        await reader.CompleteAsync();
    }

    private static void AddLine(ReadOnlySequence<byte> line, int lineNumber, bool tooLong, string defaultSource, List<ItemResult> results)
    {
        if (tooLong)
        {
            results.Add(ItemRejected.Unreadable(lineNumber, $"Line {lineNumber} is longer than the accepted maximum and was skipped."));
            return;
        }

        if (IsBlank(line))
        {
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            results.Add(ItemRejected.Unreadable(lineNumber, $"Line {lineNumber} is not valid JSON: {ex.Message}"));
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (Events.Parsing.JsonText.FindProblem(root) is { } unreadable)
            {
                results.Add(ItemRejected.Unreadable(lineNumber, $"Line {lineNumber}: {unreadable}"));
                return;
            }

            results.Add(root.ValueKind == JsonValueKind.Object && root.TryGetProperty("specversion", out _)
                ? CloudEventReader.Read(root, lineNumber)
                : PlainEventReader.Read(root, lineNumber, defaultSource));
        }
    }

    private static bool IsBlank(ReadOnlySequence<byte> line)
    {
        foreach (var segment in line)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
