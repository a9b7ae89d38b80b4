namespace OpsHub.Grains.Units;

/// <summary>A unit's counts summed from the ledger.</summary>
public readonly record struct UnitTotals(int Open, int Overdue, long Changes, DateTimeOffset? UpdatedAt);
