namespace OpsHub.Grains;

/// <summary>Names of the grain storage providers and of the state each grain keeps in them.</summary>
public static class StorageNames
{
    /// <summary>The PostgreSQL grain storage provider every OpsHub grain persists to.</summary>
    public const string Default = "opshub";

    /// <summary>
    /// The key of the <c>NpgsqlDataSource</c> for what grains derive from journaled events and wake-ups (grain state,
    /// wake-ups, the unit ledger, KPI facts, the watch table). Its commits do not wait for their WAL flush
    /// (<c>synchronous_commit=off</c>): the applier marks events applied in a synchronous commit that comes after
    /// them in the WAL, so a crash that loses them loses that mark too and the events are applied again; a wake-up is
    /// cancelled only after the state it led to, so a lost state leaves it to fire again. Acknowledged events (the
    /// journal), alerts and acknowledgements keep synchronous commits. See docs/reliability.md.
    /// </summary>
    public const string DerivedData = "opshub-derived";

    /// <summary>State name of a dossier grain.</summary>
    public const string DossierState = "dossier";

    /// <summary>State name of a one-stop shop's queue grain.</summary>
    public const string QueueState = "queue";

    /// <summary>State name of a counter grain.</summary>
    public const string CounterState = "counter";
}
