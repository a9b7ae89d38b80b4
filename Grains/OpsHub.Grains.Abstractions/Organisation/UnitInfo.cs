namespace OpsHub.Grains.Abstractions.Organisation;

/// <summary>A unit of the organisation.</summary>
public sealed class UnitInfo
{
    /// <summary>Its stable code, as sources send it.</summary>
    public string Code { get; set; } = "";

    /// <summary>Its display name, for example "UBND xã An Ngãi".</summary>
    public string Name { get; set; } = "";

    /// <summary>The code of the unit above it (a commune's district or province); empty for a root.</summary>
    public string Parent { get; set; } = "";

    /// <summary>Its administrative level. Default <see cref="UnitLevel.Commune"/>.</summary>
    public UnitLevel Level { get; set; } = UnitLevel.Commune;

    /// <summary>
    /// Its working periods as <c>HH:mm-HH:mm</c>, when they differ from the default 07:00-11:30 and 13:30-17:00.
    /// </summary>
    public IList<string> WorkingPeriods { get; } = [];

    /// <summary>Its working days, when they differ from Monday to Friday (a centre open on Saturday morning, say).</summary>
    public IList<DayOfWeek> WorkingDays { get; } = [];

    /// <summary>Its counters, when it runs a one-stop shop with a queue. Queue events name one of these.</summary>
    public IList<CounterInfo> Counters { get; } = [];

    /// <summary>The counter with <paramref name="code"/>, or <c>null</c>.</summary>
    public CounterInfo? FindCounter(string code) => Counters.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.Ordinal));
}
