using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpsHub.Ingest.Events;

/// <summary>
/// Reads one event object and either normalises it or says, field by field, what is wrong with it.
/// Instants must carry an explicit offset: a time without one is ambiguous and is refused, not guessed.
/// </summary>
public static partial class EventParser
{
    /// <summary>Longest code accepted for dossiers, procedures and units.</summary>
    public const int MaxCodeLength = 64;

    /// <summary>Longest processing time accepted, in working days.</summary>
    public const decimal MaxWorkingDays = 365;

    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Parses <paramref name="element"/>; on failure <paramref name="errors"/> maps each field to its problems.</summary>
    public static IngestEvent? Parse(JsonElement element, out Dictionary<string, string[]> errors)
    {
        errors = [];
        return Parse(element, errors);
    }

    private static IngestEvent? Parse(JsonElement element, Dictionary<string, string[]> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors[""] = [$"An event must be a JSON object, not {Describe(element.ValueKind)}."];
            return null;
        }

        var type = RequiredString(element, "type", errors, 64);
        var dossierCode = Code(element, "dossierCode", errors);
        var occurredAt = Instant(element, "occurredAt", errors);
        IngestEvent? Done(Func<IngestEvent> build) => errors.Count == 0 ? build() : null;
        switch (type)
        {
            case null:
                return null;
            case EventTypes.DossierReceived:
                var procedure = Code(element, "procedureCode", errors);
                var unit = Code(element, "unitCode", errors);
                var days = OptionalWorkingDays(element, "processingWorkingDays", errors);
                var channel = OptionalInteger(element, "channel", 1, 3, 1, errors);
                return Done(() => new DossierReceived(dossierCode!, occurredAt!.Value, procedure!, unit!, days, channel!.Value));
            case EventTypes.DossierStatusChanged:
                var status = OptionalInteger(element, "status", 1, 10, null, errors);
                return Done(() => new DossierStatusChanged(dossierCode!, occurredAt!.Value, status!.Value));
            case EventTypes.DossierApologyIssued:
                var promised = Instant(element, "promisedAt", errors);
                return Done(() => new DossierApologyIssued(dossierCode!, occurredAt!.Value, promised!.Value));
            case EventTypes.DossierStepStarted or EventTypes.DossierStepFinished:
                var step = Code(element, "stepCode", errors);
                var officer = OptionalString(element, "officer", errors, 128);
                return Done(() => new DossierStepChanged(dossierCode!, occurredAt!.Value, step!, type == EventTypes.DossierStepFinished, officer));
            default:
                if (EventTypes.StatusEvents.TryGetValue(type, out var named))
                {
                    return Done(() => new DossierStatusChanged(dossierCode!, occurredAt!.Value, named));
                }

                errors["type"] = [$"Unknown event type '{type}'; expected one of: {string.Join(", ", EventTypes.All)}."];
                return null;
        }
    }

    private static string? Code(JsonElement e, string name, Dictionary<string, string[]> errors)
    {
        var value = RequiredString(e, name, errors, MaxCodeLength);
        if (value is not null && !CodePattern().IsMatch(value))
        {
            errors[name] = ["Must contain only letters, digits and . _ - / (no spaces or control characters)."];
            return null;
        }

        return value;
    }

    private static string? RequiredString(JsonElement e, string name, Dictionary<string, string[]> errors, int maxLength)
    {
        if (!e.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            errors[name] = ["Required."];
            return null;
        }

        if (p.ValueKind != JsonValueKind.String)
        {
            errors[name] = [$"Must be a string, not {Describe(p.ValueKind)}."];
            return null;
        }

        var value = p.GetString()!.Trim();
        if (value.Length == 0)
        {
            errors[name] = ["Must not be empty."];
            return null;
        }

        if (value.Length > maxLength)
        {
            errors[name] = [$"Must be at most {maxLength} characters (got {value.Length})."];
            return null;
        }

        return value;
    }

    private static DateTimeOffset? Instant(JsonElement e, string name, Dictionary<string, string[]> errors)
    {
        var text = RequiredString(e, name, errors, 40);
        if (text is null)
        {
            return null;
        }

        if (!OffsetPattern().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            errors[name] = [$"'{text}' is not an ISO 8601 instant with an offset, for example 2026-11-20T15:00:00+07:00."];
            return null;
        }

        if (value < Earliest || value >= Latest)
        {
            errors[name] = [$"{text} is outside the accepted years 2000–2099."];
            return null;
        }

        return value;
    }

    private static decimal? OptionalWorkingDays(JsonElement e, string name, Dictionary<string, string[]> errors)
    {
        if (!e.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (p.ValueKind != JsonValueKind.Number || !p.TryGetDecimal(out var days))
        {
            errors[name] = [$"Must be a number of working days, not {Describe(p.ValueKind)}."];
            return null;
        }

        if (days <= 0 || days > MaxWorkingDays)
        {
            errors[name] = [$"Must be more than 0 and at most {MaxWorkingDays} working days (got {days.ToString(CultureInfo.InvariantCulture)})."];
            return null;
        }

        return days;
    }

    private static int? OptionalInteger(JsonElement e, string name, int min, int max, int? fallback, Dictionary<string, string[]> errors)
    {
        if (!e.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            if (fallback is null)
            {
                errors[name] = ["Required."];
            }

            return fallback;
        }

        if (p.ValueKind != JsonValueKind.Number || !p.TryGetInt32(out var value))
        {
            errors[name] = [$"Must be a whole number from {min} to {max}, not {Describe(p.ValueKind)}."];
            return null;
        }

        if (value < min || value > max)
        {
            errors[name] = [$"Must be from {min} to {max} (got {value})."];
            return null;
        }

        return value;
    }

    private static string? OptionalString(JsonElement e, string name, Dictionary<string, string[]> errors, int maxLength)
    {
        if (!e.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var value = RequiredString(e, name, errors, maxLength);
        if (value is not null && value.Any(char.IsControl))
        {
            errors[name] = ["Must not contain control characters."];
            return null;
        }

        return value;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    [GeneratedRegex(@"^[\p{L}\p{Nd}._\-/]+$")]
    private static partial Regex CodePattern();

    // An explicit offset: Z or ±hh:mm at the end, after a time of day.
    [GeneratedRegex(@"T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex OffsetPattern();
}
