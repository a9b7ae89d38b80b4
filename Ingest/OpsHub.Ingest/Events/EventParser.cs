using System.Text.Json;
using OpsHub.Ingest.Events.Parsing;

namespace OpsHub.Ingest.Events;

/// <summary>
/// Reads one event object and either normalises it or says, field by field, what is wrong with it.
/// Instants must carry an explicit offset: a time without one is ambiguous and is refused, not guessed.
/// Every type of <see cref="RecordTypes"/> is accepted: dossiers, ratings, counters and tickets.
/// </summary>
public static class EventParser
{
    /// <summary>Longest code accepted for dossiers, procedures and units.</summary>
    public const int MaxCodeLength = 64;

    /// <summary>Longest processing time accepted, in working days.</summary>
    public const decimal MaxWorkingDays = 365;

    /// <summary>Parses <paramref name="element"/>; on failure <paramref name="errors"/> maps each field to its problems.</summary>
    public static IngestRecord? Parse(JsonElement element, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var fields = new FieldErrors(errors);
        if (element.ValueKind != JsonValueKind.Object)
        {
            fields.Add("", $"An event must be a JSON object, not {JsonFields.Describe(element.ValueKind)}.");
            return null;
        }

        var type = JsonFields.RequiredString(element, "type", fields, 64);
        if (type is not null && !RecordTypes.All.Contains(type))
        {
            fields.Add("type", $"Unknown event type '{type}'; expected one of: {string.Join(", ", RecordTypes.All)}.");
            JsonFields.Code(element, "dossierCode", fields);
            JsonFields.Instant(element, "occurredAt", fields);
            return null;
        }

        return RecordParser.Parse(type, element, RecordContext.None, fields);
    }
}
