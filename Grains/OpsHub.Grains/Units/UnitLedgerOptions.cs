namespace OpsHub.Grains.Units;

/// <summary>How the unit ledger is rolled up into running totals. Section <c>OpsHub:Ledger</c>.</summary>
public sealed class UnitLedgerOptions
{
    public const string Section = "OpsHub:Ledger";

    /// <summary>
    /// How often the changes recorded since the last roll-up are folded into the totals. Default 10 seconds: readers
    /// then sum at most that long's changes besides the totals.
    /// </summary>
    public TimeSpan RollUpInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Most changes folded in one transaction; a roll-up repeats until fewer are left. Default 20,000.</summary>
    public int RollUpBatch { get; set; } = 20_000;

    internal bool IsValid => RollUpInterval > TimeSpan.Zero && RollUpBatch > 0;
}
