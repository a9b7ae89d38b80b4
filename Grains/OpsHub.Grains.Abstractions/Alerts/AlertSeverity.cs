namespace OpsHub.Grains.Abstractions.Alerts;

/// <summary>How urgent an alert is.</summary>
[GenerateSerializer, Alias("opshub.alert-severity")]
public enum AlertSeverity
{
    /// <summary>Something will go wrong unless someone acts: an early warning, a long wait.</summary>
    Warning = 1,

    /// <summary>Something has gone wrong: a missed deadline, a critical wait, a closed counter with people waiting.</summary>
    Critical = 2,
}
