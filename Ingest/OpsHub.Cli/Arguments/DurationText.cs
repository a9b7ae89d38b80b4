using System.Globalization;
using System.Text.RegularExpressions;

namespace OpsHub.Cli.Arguments;

/// <summary>Reads durations people type: <c>500ms</c>, <c>90s</c>, <c>5m</c>, <c>1h30m</c>, <c>2d</c>, or <c>hh:mm:ss</c>.</summary>
internal static partial class DurationText
{
    /// <summary>Parses <paramref name="text"/>; <c>false</c> when it is not a duration.</summary>
    public static bool TryParse(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (text.Contains(':', StringComparison.Ordinal))
        {
            return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value);
        }

        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        foreach (Capture part in match.Groups["part"].Captures)
        {
            var unit = UnitPattern().Match(part.Value).Value;
            var amount = double.Parse(part.Value[..^unit.Length], CultureInfo.InvariantCulture);
            value += unit switch
            {
                "ms" => TimeSpan.FromMilliseconds(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromDays(amount),
            };
        }

        return true;
    }

    [GeneratedRegex(@"^(?<part>\d+(\.\d+)?(ms|s|m|h|d))+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"(ms|s|m|h|d)$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitPattern();
}
