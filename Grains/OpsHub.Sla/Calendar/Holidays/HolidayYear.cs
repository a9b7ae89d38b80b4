using System.Collections.Immutable;

namespace OpsHub.Sla.Calendar.Holidays;

/// <summary>The declared days of one Gregorian year and where they come from.</summary>
/// <param name="Year">The Gregorian year; every day lies in it.</param>
/// <param name="Status">Declared, provisional or computed.</param>
/// <param name="Source">The legal texts or notices the days were taken from.</param>
/// <param name="Note">Anything a reader must know, e.g. which days still need checking.</param>
/// <param name="Days">The days in date order, at most one per date.</param>
public sealed record HolidayYear(int Year, HolidayYearStatus Status, string Source, string? Note, ImmutableArray<DeclaredDay> Days);
