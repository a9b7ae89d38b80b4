using System.Diagnostics.CodeAnalysis;

namespace OpsHub.Sla.Calendar;

/// <summary>
/// Says which dates the government moved away from the ordinary weekly pattern: public holidays and
/// bridge days off, and weekend days declared working days in exchange.
/// </summary>
public interface IHolidayCalendar
{
    /// <summary>The override for <paramref name="date"/>, or <c>null</c> when the weekly pattern applies.</summary>
    [SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "C#-only contract; renaming the parameter would change the public API.")]
    DayOverride? Find(DateOnly date);
}
