using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OpsHub.Sla.Deadlines;

/// <summary>
/// The text form of a <see cref="ProcessingTime"/> used in data files: an amount and a unit, for example
/// "3 working days", "4 working hours", "30 calendar days" (singular or plural, any case).
/// </summary>
public static class ProcessingTimeText
{
    private static readonly (string Singular, string Plural, ProcessingTimeUnit Unit)[] Units =
    [
        ("working day", "working days", ProcessingTimeUnit.WorkingDays),
        ("working hour", "working hours", ProcessingTimeUnit.WorkingHours),
        ("calendar day", "calendar days", ProcessingTimeUnit.CalendarDays),
    ];

    /// <summary>Reads <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">The text is not an amount followed by a known unit.</exception>
    public static ProcessingTime Parse(string text) => TryParse(text, out var time)
        ? time
        : throw new FormatException($"'{text}' is not a processing time; expected an amount and a unit, for example \"3 working days\", \"4 working hours\" or \"30 calendar days\".");

    /// <summary>Reads <paramref name="text"/>; <c>false</c> when it is not an amount followed by a known unit.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ProcessingTime time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0
            || !decimal.TryParse(trimmed[..space], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        var unitText = string.Join(' ', trimmed[(space + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var (singular, plural, unit) in Units)
        {
            if (string.Equals(unitText, singular, StringComparison.OrdinalIgnoreCase)
                || string.Equals(unitText, plural, StringComparison.OrdinalIgnoreCase))
            {
                time = new ProcessingTime(amount, unit);
                return true;
            }
        }

        return false;
    }

    /// <summary>The text form of <paramref name="time"/>, e.g. "1 working day", "0.5 working days".</summary>
    public static string Format(ProcessingTime time)
    {
        var (singular, plural, _) = Units.First(u => u.Unit == time.Unit);
        var amount = time.Amount.ToString("0.############", CultureInfo.InvariantCulture);
        return $"{amount} {(time.Amount == 1 ? singular : plural)}";
    }
}
