using System.Text.Json;
using OpsHub.Ingest.Events;

namespace OpsHub.Ingest.Journal;

/// <summary>The formats a journal payload can be in, and how each is read back into an event.</summary>
public static class JournalFormats
{
    /// <summary>OpsHub's own event JSON (docs/events.md).</summary>
    public const string OpsHub = "opshub";

    /// <summary>Reads <paramref name="payload"/> back; throws <see cref="FormatException"/> with the reason when it cannot.</summary>
    public static IngestRecord Read(string format, string payload)
    {
        if (format != OpsHub)
        {
            throw new FormatException($"Unknown journal format '{format}'.");
        }

        using var document = JsonDocument.Parse(payload);
        return EventParser.Parse(document.RootElement, out var errors)
            ?? throw new FormatException(string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
    }
}
