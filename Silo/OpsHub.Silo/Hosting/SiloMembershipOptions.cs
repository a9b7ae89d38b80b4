namespace OpsHub.Silo.Hosting;

/// <summary>
/// How quickly the cluster declares a silo dead, which bounds how long its grains, wake-ups and alerts wait for a
/// survivor after it crashes. Section <c>OpsHub:Silo:Membership</c>; the defaults suit silos on one network.
/// </summary>
public sealed class SiloMembershipOptions
{
    public const string Section = "OpsHub:Silo:Membership";

    /// <summary>How long a liveness probe waits for its answer (Orleans adapts it between half and four times this). Default 2 seconds.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Missed probes after which a silo suspects another. Default 3.</summary>
    public int MissedProbesLimit { get; set; } = 3;

    /// <summary>
    /// Suspicions needed to declare a silo dead; with fewer live silos, all of them suffice. Default 2.
    /// </summary>
    public int VotesForDeathDeclaration { get; set; } = 2;

    /// <summary>How often each silo re-reads the membership table in PostgreSQL. Default 10 seconds.</summary>
    public TimeSpan TableRefreshInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Why these options cannot be used, or <c>null</c>.</summary>
    public string? Problem() =>
        ProbeTimeout < TimeSpan.FromMilliseconds(100) || ProbeTimeout > TimeSpan.FromMinutes(1) ? $"{Section}:ProbeTimeout must be between 100 ms and 1 minute."
        : MissedProbesLimit is < 1 or > 10 ? $"{Section}:MissedProbesLimit must be between 1 and 10."
        : VotesForDeathDeclaration is < 1 or > 10 ? $"{Section}:VotesForDeathDeclaration must be between 1 and 10."
        : TableRefreshInterval < TimeSpan.FromSeconds(1) || TableRefreshInterval > TimeSpan.FromMinutes(10) ? $"{Section}:TableRefreshInterval must be between 1 second and 10 minutes."
        : null;
}
