namespace OpsHub.Sla.Calendar.Holidays;

/// <summary>Why the last load of the holiday folder failed; the previous good table stays in force.</summary>
/// <param name="Message">What is wrong, naming the file.</param>
/// <param name="FileName">The file at fault, when one is known.</param>
/// <param name="At">When the load was attempted.</param>
public sealed record HolidayLoadError(string Message, string? FileName, DateTimeOffset At);
