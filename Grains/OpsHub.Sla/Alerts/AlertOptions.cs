namespace OpsHub.Sla.Alerts;

/// <summary>
/// Routing and escalation of alerts to people (section <c>OpsHub:Alerts</c>). An alert goes first to the counter
/// heads of its counter, department or field (the most specific route configured, else the unit's heads); when
/// nobody acknowledges it within <see cref="AcknowledgeWithin"/> of working time it escalates to the unit's
/// leaders as well, and after as long again to the district.
/// </summary>
public sealed class AlertOptions
{
    public const string Section = "OpsHub:Alerts";

    /// <summary>Working time an alert may stay unacknowledged before it escalates one level. Default 30 minutes.</summary>
    public TimeSpan AcknowledgeWithin { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How many levels an alert may escalate: 1 to the unit leaders, 2 on to the district. Default 2.</summary>
    public int MaxEscalationLevel { get; set; } = 2;

    /// <summary>Routes by unit code. Default none (alerts are recorded and sent to machines, but reach no person).</summary>
    public IDictionary<string, UnitAlertRoutes> Units { get; } = new Dictionary<string, UnitAlertRoutes>(StringComparer.Ordinal);

    /// <summary>District leaders (lãnh đạo huyện): the last escalation level, for every unit. Default none.</summary>
    public IList<string> District { get; } = [];

    /// <summary>Throws when an option is unusable; the message names it.</summary>
    public void Validate()
    {
        if (AcknowledgeWithin <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{Section}:AcknowledgeWithin must be positive.");
        }

        if (MaxEscalationLevel is < 0 or > 2)
        {
            throw new ArgumentException($"{Section}:MaxEscalationLevel must be 0, 1 or 2.");
        }
    }

    /// <summary>The users an alert about <paramref name="subject"/> goes to at escalation <paramref name="level"/>.</summary>
    public IReadOnlyList<string> Recipients(AlertSubjectRef subject, int level)
    {
        var result = new List<string>();
        if (Units.TryGetValue(subject.UnitCode, out var unit))
        {
            result.AddRange(HeadsOf(unit, subject));
            if (level >= 1)
            {
                result.AddRange(unit.Leaders);
            }
        }

        if (level >= 2)
        {
            result.AddRange(District);
        }

        return result.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The units whose alerts <paramref name="userName"/> may receive at some level; all of them for the district.</summary>
    public bool MaySee(string userName, string unitCode) =>
        District.Contains(userName)
        || (Units.TryGetValue(unitCode, out var unit)
            && (unit.Heads.Contains(userName) || unit.Leaders.Contains(userName)
                || unit.Fields.Values.Concat(unit.Counters.Values).Concat(unit.Departments.Values).Any(l => l.Contains(userName))));

    private static IEnumerable<string> HeadsOf(UnitAlertRoutes unit, AlertSubjectRef subject)
    {
        if (subject.Counter is { } counter && unit.Counters.TryGetValue(counter, out var byCounter) && byCounter.Count > 0)
        {
            return byCounter;
        }

        if (subject.Department is { } department && unit.Departments.TryGetValue(department, out var byDepartment) && byDepartment.Count > 0)
        {
            return byDepartment;
        }

        if (subject.Field is { } field && unit.Fields.TryGetValue(field, out var byField) && byField.Count > 0)
        {
            return byField;
        }

        return unit.Heads;
    }
}
