namespace OpsHub.Sla.Alerts;

/// <summary>Who answers for one unit's alerts (section <c>OpsHub:Alerts:Units:{unitCode}</c>). User names throughout.</summary>
public sealed class UnitAlertRoutes
{
    /// <summary>Counter heads for every alert of the unit that no more specific route below claims. Default none.</summary>
    public IList<string> Heads { get; } = [];

    /// <summary>Heads by field code (lĩnh vực): alerts of dossiers and tickets of that field. Default none.</summary>
    public IDictionary<string, List<string>> Fields { get; } = new Dictionary<string, List<string>>(StringComparer.Ordinal);

    /// <summary>Heads by counter code: queue alerts naming that counter. Default none.</summary>
    public IDictionary<string, List<string>> Counters { get; } = new Dictionary<string, List<string>>(StringComparer.Ordinal);

    /// <summary>Heads by department (phòng ban): step alerts owned by that department. Default none.</summary>
    public IDictionary<string, List<string>> Departments { get; } = new Dictionary<string, List<string>>(StringComparer.Ordinal);

    /// <summary>The unit's leaders (lãnh đạo UBND): first escalation level. Default none.</summary>
    public IList<string> Leaders { get; } = [];
}
