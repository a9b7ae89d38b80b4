namespace OpsHub.Grains;

/// <summary>Names of the grain storage providers and of the state each grain keeps in them.</summary>
public static class StorageNames
{
    /// <summary>The PostgreSQL grain storage provider every OpsHub grain persists to.</summary>
    public const string Default = "opshub";

    /// <summary>State name of a dossier grain.</summary>
    public const string DossierState = "dossier";

    /// <summary>State name of a one-stop shop's queue grain.</summary>
    public const string QueueState = "queue";

    /// <summary>State name of a counter grain.</summary>
    public const string CounterState = "counter";
}
