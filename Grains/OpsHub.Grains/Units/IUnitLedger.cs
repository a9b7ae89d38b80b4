namespace OpsHub.Grains.Units;

/// <summary>The durable ledger of changes dossiers make to their units' counts.</summary>
public interface IUnitLedger
{
    /// <summary>Records change <paramref name="changeNo"/> of <paramref name="dossierCode"/>; recording it again stores nothing.</summary>
    Task RecordAsync(string dossierCode, int changeNo, LedgerChange change, CancellationToken cancellationToken = default);

    /// <summary>The unit's totals: open, overdue, the number of changes and the latest change's instant.</summary>
    Task<UnitTotals> TotalsAsync(string unitCode, CancellationToken cancellationToken = default);

    /// <summary>Every unit and field with dossiers in some SLA state: open, paused, due soon, overdue.</summary>
    Task<IReadOnlyList<FieldCounts>> CountsByFieldAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Folds up to <paramref name="limit"/> recorded changes into their units' running totals, so that reading a
    /// unit's figures costs the same however long its history; the figures read are unchanged by it. Returns how
    /// many were folded: 0 when none were left, or when another silo is rolling up at the time.
    /// </summary>
    Task<long> RollUpAsync(int limit, CancellationToken cancellationToken = default);
}
