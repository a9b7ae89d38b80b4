namespace OpsHub.Sla.Calendar.Holidays;

/// <summary>How far a year's holiday list can be trusted.</summary>
public enum HolidayYearStatus
{
    /// <summary>Transcribed from the government's declaration for that year.</summary>
    Declared = 1,

    /// <summary>The statutory default written down ahead of the declaration; it must be checked once declared.</summary>
    Provisional = 2,

    /// <summary>Computed from the Labour Code and the lunar calendar because no table exists for the year.</summary>
    Computed = 3,
}
