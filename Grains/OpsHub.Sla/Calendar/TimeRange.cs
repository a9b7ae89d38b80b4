namespace OpsHub.Sla.Calendar;

/// <summary>A half-open span of a day's local time, [<see cref="Start"/>, <see cref="End"/>).</summary>
public readonly record struct TimeRange
{
    public TimeRange(TimeOnly start, TimeOnly end)
    {
        if (end <= start)
        {
            throw new ArgumentException($"A working period must end after it starts ({start:HH\\:mm}–{end:HH\\:mm}).", nameof(end));
        }

        Start = start;
        End = end;
    }

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public TimeSpan Length => End - Start;

    public static TimeRange Parse(string text)
    {
        var parts = text.Split('-', '–');
        if (parts.Length != 2 || !TimeOnly.TryParse(parts[0].Trim(), System.Globalization.CultureInfo.InvariantCulture, out var start)
            || !TimeOnly.TryParse(parts[1].Trim(), System.Globalization.CultureInfo.InvariantCulture, out var end))
        {
            throw new FormatException($"'{text}' is not a working period; expected HH:mm-HH:mm, for example 07:00-11:30.");
        }

        return new TimeRange(start, end);
    }
}
