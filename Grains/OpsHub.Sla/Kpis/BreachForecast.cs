namespace OpsHub.Sla.Kpis;

/// <summary>The forecast for one open dossier.</summary>
/// <param name="Code">The dossier code.</param>
/// <param name="MissProbability">P(completed after its due date); <c>null</c> when paused (its due date will move).</param>
/// <param name="PredictedLate">Whether <paramref name="MissProbability"/> reaches the threshold.</param>
/// <param name="ExpectedCompletion">The estimated completion; <c>null</c> when paused.</param>
/// <param name="TimeLeft">Working time from now to the end of the due date's working day (timeliness is by date).</param>
/// <param name="ExpectedWork">Working time the rest is expected to take: the current step's rest or the backlog ahead in it, whichever is longer, plus the later steps.</param>
/// <param name="StepCode">The step it is in or waiting for.</param>
/// <param name="Ahead">Dossiers of the unit waiting longer in the same step.</param>
/// <param name="ReasonVi">Why, in Vietnamese, e.g. "còn 2 giờ làm việc, 14 hồ sơ chờ trước ở bước Thẩm định, năng lực 3 hồ sơ/giờ".</param>
/// <param name="ReasonEn">The same in English.</param>
public sealed record BreachForecast(
    string Code,
    double? MissProbability,
    bool PredictedLate,
    DateTimeOffset? ExpectedCompletion,
    TimeSpan TimeLeft,
    TimeSpan ExpectedWork,
    string? StepCode,
    int Ahead,
    string ReasonVi,
    string ReasonEn);
