namespace OpsHub.Grains.Abstractions.Alerts;

/// <summary>Where an alert stands.</summary>
[GenerateSerializer, Alias("opshub.alert-state")]
public enum AlertState
{
    /// <summary>Raised, nobody has acknowledged it, not resolved.</summary>
    Open = 1,

    /// <summary>A counter head acknowledged it; it is not resolved yet.</summary>
    Acknowledged = 2,

    /// <summary>The dossier or queue moved on.</summary>
    Resolved = 3,
}
