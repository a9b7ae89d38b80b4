namespace OpsHub.Cli.Simulation;

/// <summary>One unit of a simulated province: a commune's one-stop shop or a district centre.</summary>
/// <param name="Code">The unit code; it must be one the OpsHub organisation knows.</param>
/// <param name="Name">The unit's name, for people.</param>
/// <param name="Counters">Counters (quầy) at its one-stop shop and the fields each serves; in-person applicants queue for them.</param>
/// <param name="DailyVolume">Dossiers received on an average working day.</param>
/// <param name="OnlineShare">Share lodged online (channel 2), or <c>null</c> for the model's default.</param>
/// <param name="WorkingPeriods">Its working periods ("07:30-11:30"), or <c>null</c> for 07:00–11:30, 13:30–17:00.</param>
internal sealed record ProvinceUnit(
    string Code,
    string Name,
    IReadOnlyList<ProvinceCounter> Counters,
    int DailyVolume,
    double? OnlineShare = null,
    IReadOnlyList<string>? WorkingPeriods = null);
