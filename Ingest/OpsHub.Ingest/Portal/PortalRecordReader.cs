using System.Text.Json;
using OpsHub.Ingest.Envelopes;
using OpsHub.Ingest.Events.Parsing;

namespace OpsHub.Ingest.Portal;

/// <summary>Reads portal records sent as JSON (one object or an array) or as named text fields (a CSV row).</summary>
public static class PortalRecordReader
{
    /// <summary>Reads one record object or an array of them; one result per record, in order (0-based positions).</summary>
    public static IReadOnlyList<ItemResult> Read(JsonElement json, string source = PortalRecordMapper.DefaultSource) => json.ValueKind switch
    {
        JsonValueKind.Array => [.. json.EnumerateArray().Select((element, index) => ReadObject(element, index, source))],
        _ => [ReadObject(json, 0, source)],
    };

    /// <summary>Validates and maps one record given as field name → text.</summary>
    public static ItemResult ReadFields(IReadOnlyDictionary<string, string?> fields, int position, string source = PortalRecordMapper.DefaultSource)
    {
        var record = PortalRecordParser.Parse(fields, out var errors);
        return record is null
            ? ItemRejected.ForFields(position, errors)
            : new ItemAccepted(position, PortalRecordMapper.Map(record, source));
    }

    private static ItemResult ReadObject(JsonElement element, int position, string source)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return ItemRejected.Unreadable(position, $"A portal record must be a JSON object, not {JsonFields.Describe(element.ValueKind)}.");
        }

        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in element.EnumerateObject())
        {
            // The portal sends numbers and dates sometimes as JSON numbers, sometimes as strings; both read as text.
            fields[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetRawText(),
                JsonValueKind.Null => null,
                _ => property.Value.GetRawText(),
            };
        }

        return ReadFields(fields, position, source);
    }
}
