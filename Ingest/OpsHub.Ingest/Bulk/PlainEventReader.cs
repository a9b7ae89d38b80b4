using System.Security.Cryptography;
using System.Runtime.InteropServices;
using System.Text.Json;
using OpsHub.Ingest.Envelopes;
using OpsHub.Ingest.Events.Parsing;

namespace OpsHub.Ingest.Bulk;

/// <summary>
/// Reads one event in OpsHub's plain JSON (the shape of <c>POST /api/v1/events</c>) with any <see cref="RecordTypes"/>
/// type, plus optional envelope fields <c>source</c>, <c>id</c> and <c>sequence</c>. Without an <c>id</c>, the id is a
/// hash of the event's JSON text, so sending the same line twice is a duplicate.
/// </summary>
public static class PlainEventReader
{
    /// <summary>The source of plain events that do not name one.</summary>
    public const string DefaultSource = "opshub";

    /// <summary>Reads <paramref name="element"/>; <paramref name="position"/> is echoed in the result.</summary>
    public static ItemResult Read(JsonElement element, int position, string defaultSource = DefaultSource)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return ItemRejected.Unreadable(position, $"An event must be a JSON object, not {JsonFields.Describe(element.ValueKind)}.");
        }

        var dictionary = new Dictionary<string, string[]>();
        var errors = new FieldErrors(dictionary);
        var source = JsonFields.OptionalString(element, "source", errors, 256) ?? defaultSource;
        var id = JsonFields.OptionalString(element, "id", errors, 256) ?? HashOf(element);
        var sequence = JsonFields.OptionalSequence(element, "sequence", errors);
        var type = JsonFields.RequiredString(element, "type", errors, 64);
        var record = RecordParser.Parse(type, element, RecordContext.None, errors);
        return record is null || dictionary.Count > 0
            ? ItemRejected.ForFields(position, dictionary)
            : new ItemAccepted(position, [new IngestEnvelope(source, id, sequence, record)]);
    }

    // The hash of the element's UTF-8 text as it was sent (the bytes GetRawText decodes), without copying it.
    private static string HashOf(JsonElement element)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        DoorSha256.Hash(JsonMarshal.GetRawUtf8Value(element), hash);
        return "sha256:" + Convert.ToHexStringLower(hash);
    }
}
