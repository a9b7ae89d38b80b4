namespace OpsHub.Dashboard.Auth;

/// <summary>The roles a person can hold, and the claim that carries the units they answer for.</summary>
public static class OpsHubRoles
{
    /// <summary>A district or commune leader: the KPIs and wall of their units and below.</summary>
    public const string Leader = "leader";

    /// <summary>The head of a one-stop shop or counter: the alerts of their units, and acknowledging them.</summary>
    public const string CounterHead = "counter-head";

    /// <summary>Operations staff: metrics, the Orleans dashboard, the ingest journal and dead letters, delivery logs.</summary>
    public const string Ops = "ops";

    /// <summary>Every role, for validating configuration.</summary>
    public static IReadOnlyList<string> All { get; } = [Leader, CounterHead, Ops];

    /// <summary>The claim type of a unit the person answers for (one claim per unit; each covers its subtree).</summary>
    public const string UnitClaim = "opshub:unit";
}
