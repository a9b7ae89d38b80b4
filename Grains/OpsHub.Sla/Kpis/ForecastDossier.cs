namespace OpsHub.Sla.Kpis;

/// <summary>An open dossier of one unit as the breach forecast sees it at an instant.</summary>
/// <param name="Code">The dossier code.</param>
/// <param name="ProcedureCode">Its procedure, for its internal steps.</param>
/// <param name="ReceivedAt">Receipt.</param>
/// <param name="DueAt">The due instant that applies now (after any pause moved it); the original, not an apology's date.</param>
/// <param name="StepCode">The internal step it is in or waiting for; <c>null</c> when every step is finished (only completion is left).</param>
/// <param name="StepEnteredAt">When it became ready for that step: the previous step's finish, or receipt.</param>
/// <param name="Paused">Whether its clock is stopped now (supplement, payment): its due date will move, so it is not forecast.</param>
public sealed record ForecastDossier(
    string Code,
    string ProcedureCode,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    string? StepCode,
    DateTimeOffset StepEnteredAt,
    bool Paused);
