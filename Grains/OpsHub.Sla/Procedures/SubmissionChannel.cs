namespace OpsHub.Sla.Procedures;

/// <summary>How a dossier was lodged (KenhThucHien on the National Public Service Portal).</summary>
public enum SubmissionChannel
{
    /// <summary>1: in person at the counter.</summary>
    InPerson = 1,

    /// <summary>2: online.</summary>
    Online = 2,

    /// <summary>3: by public postal service.</summary>
    Postal = 3,
}
