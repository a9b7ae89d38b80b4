namespace OpsHub.Grains.Abstractions.Dossiers;

/// <summary>How a dossier was lodged (KenhThucHien on the national portal).</summary>
[GenerateSerializer, Alias("opshub.dossier-channel")]
public enum DossierChannel
{
    /// <summary>1: in person at the counter.</summary>
    Counter = 1,

    /// <summary>2: online.</summary>
    Online = 2,

    /// <summary>3: by public postal service.</summary>
    Post = 3,
}
