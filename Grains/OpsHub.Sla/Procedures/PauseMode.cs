namespace OpsHub.Sla.Procedures;

/// <summary>What happens to a dossier's SLA clock when a pause (supplement, payment, stop) ends.</summary>
public enum PauseMode
{
    /// <summary>The clock resumes: the due instant moves by the paused working time.</summary>
    Resume = 1,

    /// <summary>The full processing time starts again from the end of the pause, in a new SLA cycle.</summary>
    Restart = 2,
}
