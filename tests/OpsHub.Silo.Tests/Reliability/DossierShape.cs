namespace OpsHub.Silo.Tests.Reliability;

/// <summary>What a planned dossier goes through.</summary>
internal enum DossierShape
{
    /// <summary>Received long after its due instant; stays open and overdue.</summary>
    ReceivedOnly,

    /// <summary>Received, then an apology promises an instant during the run.</summary>
    Apologised,

    /// <summary>Received, then completed.</summary>
    Completed,
}
