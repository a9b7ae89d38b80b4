namespace OpsHub.Grains.Abstractions.Alerts;

/// <summary>What came of an acknowledgement.</summary>
[GenerateSerializer, Alias("opshub.acknowledge-outcome")]
public enum AcknowledgeOutcome
{
    /// <summary>Recorded now.</summary>
    Acknowledged = 1,

    /// <summary>No alert has that id.</summary>
    NotFound = 2,

    /// <summary>The user is not among the alert's recipients.</summary>
    Forbidden = 3,

    /// <summary>Someone acknowledged it before, or it is resolved.</summary>
    Conflict = 4,
}
