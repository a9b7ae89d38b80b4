namespace OpsHub.Sla.Clock;

/// <summary>What an alert is about.</summary>
public enum AlertSubject
{
    /// <summary>The dossier as a whole.</summary>
    Dossier = 1,

    /// <summary>One run of an internal step.</summary>
    Step = 2,
}
