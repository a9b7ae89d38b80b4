namespace OpsHub.Grains.Abstractions.Dossiers;

/// <summary>A completed dossier's timeliness, compared by calendar date against its due date.</summary>
[GenerateSerializer, Alias("opshub.timeliness")]
public enum Timeliness
{
    /// <summary>Completed before the due date (trước hạn).</summary>
    Early = 1,

    /// <summary>Completed on the due date (đúng hạn).</summary>
    OnTime = 2,

    /// <summary>Completed after the due date (quá hạn).</summary>
    Late = 3,
}
