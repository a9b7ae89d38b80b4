using System.Text.Json;
using OpsHub.Ingest.Envelopes;
using OpsHub.Ingest.Events.Parsing;

namespace OpsHub.Ingest.CloudEvents;

/// <summary>
/// Reads CloudEvents 1.0 in the JSON format (structured and batched modes) whose <c>type</c> is one of
/// <see cref="RecordTypes.CloudEventTypes"/>. Attribute errors are keyed by the attribute's name, errors in the event's
/// fields by <c>data.{field}</c>. <c>subject</c> stands for <c>data.dossierCode</c> and <c>time</c> for
/// <c>data.occurredAt</c> when those are absent.
/// </summary>
public static class CloudEventReader
{
    /// <summary>The only <c>specversion</c> accepted.</summary>
    public const string SpecVersion = "1.0";

    /// <summary>Longest <c>id</c> and <c>source</c> accepted.</summary>
    public const int MaxAttributeLength = 256;

    /// <summary>Reads a batch (a JSON array); one result per element, in order.</summary>
    public static IReadOnlyList<ItemResult> ReadBatch(JsonElement batch)
    {
        if (batch.ValueKind != JsonValueKind.Array)
        {
            return [ItemRejected.Unreadable(0, $"A CloudEvents batch must be a JSON array, not {JsonFields.Describe(batch.ValueKind)}.")];
        }

        return [.. batch.EnumerateArray().Select((element, index) => Read(element, index))];
    }

    /// <summary>Reads one event in structured mode; <paramref name="position"/> is echoed in the result.</summary>
    public static ItemResult Read(JsonElement element, int position = 0)
    {
        var dictionary = new Dictionary<string, string[]>();
        var errors = new FieldErrors(dictionary);
        if (element.ValueKind != JsonValueKind.Object)
        {
            return ItemRejected.Unreadable(position, $"A CloudEvent must be a JSON object, not {JsonFields.Describe(element.ValueKind)}.");
        }

        SpecVersionOf(element, errors);
        var id = JsonFields.RequiredString(element, "id", errors, MaxAttributeLength);
        var source = JsonFields.RequiredString(element, "source", errors, MaxAttributeLength);
        var type = TypeOf(element, errors);
        var subject = JsonFields.OptionalString(element, "subject", errors, MaxAttributeLength);
        var time = JsonFields.Has(element, "time") ? JsonFields.Instant(element, "time", errors) : null;
        var sequence = JsonFields.OptionalSequence(element, "sequence", errors);
        DataContentTypeOf(element, errors);
        var data = DataOf(element, errors);
        if (type is null || data is null)
        {
            return ItemRejected.ForFields(position, dictionary);
        }

        var record = RecordParser.Parse(type, data.Value, new RecordContext(subject, time), errors.Nested("data."));
        return record is null || dictionary.Count > 0
            ? ItemRejected.ForFields(position, dictionary)
            : new ItemAccepted(position, [new IngestEnvelope(source!, id!, sequence, record)]);
    }

    private static void SpecVersionOf(JsonElement e, FieldErrors errors)
    {
        var version = JsonFields.RequiredString(e, "specversion", errors, 16);
        if (version is not null && version != SpecVersion)
        {
            errors.Add("specversion", $"'{version}' is not supported; expected '{SpecVersion}'.");
        }
    }

    private static string? TypeOf(JsonElement e, FieldErrors errors)
    {
        var type = JsonFields.RequiredString(e, "type", errors, 128);
        if (type is null)
        {
            return null;
        }

        if (!type.StartsWith(RecordTypes.CloudEventPrefix, StringComparison.Ordinal)
            || !RecordTypes.All.Contains(type[RecordTypes.CloudEventPrefix.Length..]))
        {
            errors.Add("type", $"Unknown event type '{type}'; expected one of: {string.Join(", ", RecordTypes.CloudEventTypes)}.");
            return null;
        }

        return type[RecordTypes.CloudEventPrefix.Length..];
    }

    private static void DataContentTypeOf(JsonElement e, FieldErrors errors)
    {
        var contentType = JsonFields.OptionalString(e, "datacontenttype", errors, 128);
        var mediaType = contentType?.Split(';')[0].Trim();
        if (mediaType is not null
            && !mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            && !mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("datacontenttype", $"'{contentType}' is not JSON; send data as application/json.");
        }
    }

    private static JsonElement? DataOf(JsonElement e, FieldErrors errors)
    {
        if (JsonFields.Has(e, "data_base64"))
        {
            errors.Add("data_base64", "Binary data is not accepted; send the event's fields as a JSON object in data.");
            return null;
        }

        if (!e.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null)
        {
            errors.Add("data", "Required.");
            return null;
        }

        if (data.ValueKind != JsonValueKind.Object)
        {
            errors.Add("data", $"Must be a JSON object, not {JsonFields.Describe(data.ValueKind)}.");
            return null;
        }

        return data;
    }
}
