using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpsHub.Ingest.Events.Parsing;

/// <summary>Field readers shared by every event shape; each names the faulty field and says what is wrong with it.</summary>
internal static partial class JsonFields
{
    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool Has(JsonElement e, string name) => e.TryGetProperty(name, out var p) && p.ValueKind != JsonValueKind.Null;

    public static string? Code(JsonElement e, string name, FieldErrors errors)
    {
        var value = RequiredString(e, name, errors, EventParser.MaxCodeLength);
        return value is null ? null : CheckCode(value, name, errors);
    }

    public static string? OptionalCode(JsonElement e, string name, FieldErrors errors) => Has(e, name) ? Code(e, name, errors) : null;

    public static string? CheckCode(string value, string name, FieldErrors errors)
    {
        if (value.Length > EventParser.MaxCodeLength)
        {
            errors.Add(name, $"Must be at most {EventParser.MaxCodeLength} characters (got {value.Length}).");
            return null;
        }

        if (!CodePattern().IsMatch(value))
        {
            errors.Add(name, "Must contain only letters, digits and . _ - / (no spaces or control characters).");
            return null;
        }

        return value;
    }

    public static string? RequiredString(JsonElement e, string name, FieldErrors errors, int maxLength)
    {
        if (!e.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            errors.Add(name, "Required.");
            return null;
        }

        if (p.ValueKind != JsonValueKind.String)
        {
            errors.Add(name, $"Must be a string, not {Describe(p.ValueKind)}.");
            return null;
        }

        var value = p.GetString()!.Trim();
        if (value.Length == 0)
        {
            errors.Add(name, "Must not be empty.");
            return null;
        }

        if (value.Length > maxLength)
        {
            errors.Add(name, $"Must be at most {maxLength} characters (got {value.Length}).");
            return null;
        }

        return value;
    }

    public static string? OptionalString(JsonElement e, string name, FieldErrors errors, int maxLength)
    {
        if (!Has(e, name))
        {
            return null;
        }

        var value = RequiredString(e, name, errors, maxLength);
        if (value is not null && value.Any(char.IsControl))
        {
            errors.Add(name, "Must not contain control characters.");
            return null;
        }

        return value;
    }

    public static DateTimeOffset? Instant(JsonElement e, string name, FieldErrors errors)
    {
        var text = RequiredString(e, name, errors, 40);
        return text is null ? null : ParseInstant(text, name, errors);
    }

    public static DateTimeOffset? ParseInstant(string text, string name, FieldErrors errors)
    {
        if (!OffsetPattern().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            errors.Add(name, $"'{text}' is not an ISO 8601 instant with an offset, for example 2026-11-20T15:00:00+07:00.");
            return null;
        }

        if (value < Earliest || value >= Latest)
        {
            errors.Add(name, $"{text} is outside the accepted years 2000–2099.");
            return null;
        }

        return value;
    }

    public static decimal? OptionalWorkingDays(JsonElement e, string name, FieldErrors errors)
    {
        if (!e.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (p.ValueKind != JsonValueKind.Number)
        {
            errors.Add(name, $"Must be a number of working days, not {Describe(p.ValueKind)}.");
            return null;
        }

        if (!p.TryGetDecimal(out var days))
        {
            errors.Add(name, $"Must be more than 0 and at most {EventParser.MaxWorkingDays} working days (got {RawNumber(p)}).");
            return null;
        }

        if (days <= 0 || days > EventParser.MaxWorkingDays)
        {
            errors.Add(name, $"Must be more than 0 and at most {EventParser.MaxWorkingDays} working days (got {days.ToString(CultureInfo.InvariantCulture)}).");
            return null;
        }

        return days;
    }

    public static int? OptionalInteger(JsonElement e, string name, int min, int max, int? fallback, FieldErrors errors)
    {
        if (!e.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            if (fallback is null)
            {
                errors.Add(name, "Required.");
            }

            return fallback;
        }

        if (p.ValueKind != JsonValueKind.Number)
        {
            errors.Add(name, $"Must be a whole number from {min} to {max}, not {Describe(p.ValueKind)}.");
            return null;
        }

        if (!p.TryGetInt32(out var value))
        {
            errors.Add(name, $"Must be a whole number from {min} to {max} (got {RawNumber(p)}).");
            return null;
        }

        if (value < min || value > max)
        {
            errors.Add(name, $"Must be from {min} to {max} (got {value}).");
            return null;
        }

        return value;
    }

    /// <summary>A non-negative ordering number, sent as a JSON integer or as a string of digits.</summary>
    public static long? OptionalSequence(JsonElement e, string name, FieldErrors errors)
    {
        if (!e.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        long value;
        var ok = p.ValueKind switch
        {
            JsonValueKind.Number => p.TryGetInt64(out value),
            JsonValueKind.String => long.TryParse(p.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out value),
            _ => (value = 0) != 0,
        };
        if (!ok || value < 0)
        {
            errors.Add(name, $"Must be a whole number from 0 to {long.MaxValue}, as a number or a string of digits.");
            return null;
        }

        return value;
    }

    // A number as sent, cut short: it may be thousands of digits long.
    private static string RawNumber(JsonElement number)
    {
        var raw = number.GetRawText();
        return raw.Length <= 24 ? raw : raw[..24] + "…";
    }

    public static string Describe(JsonValueKind kind) => kind switch
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
