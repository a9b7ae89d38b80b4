namespace OpsHub.Cli.Tests.Forecast;

/// <summary>One forecast dossier at one instant: the forecast's P(miss), the baseline's call, and the truth.</summary>
internal sealed record ScoredDossier(double MissProbability, bool BaselineLate, bool IsLate);
