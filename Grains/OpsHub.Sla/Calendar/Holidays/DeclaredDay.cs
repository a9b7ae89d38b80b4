namespace OpsHub.Sla.Calendar.Holidays;

/// <summary>A date that departs from the weekly pattern, with the names shown to people.</summary>
/// <param name="Date">The civil date.</param>
/// <param name="Kind">A day off (holiday, compensatory or bridge day) or a weekend declared a working day.</param>
/// <param name="NameVi">The Vietnamese name, e.g. "Giỗ Tổ Hùng Vương".</param>
/// <param name="NameEn">The English name, e.g. "Hùng Kings' Commemoration Day".</param>
public sealed record DeclaredDay(DateOnly Date, DayOverride Kind, string NameVi, string NameEn);
