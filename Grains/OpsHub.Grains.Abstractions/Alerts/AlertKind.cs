namespace OpsHub.Grains.Abstractions.Alerts;

/// <summary>What an alert is about.</summary>
[GenerateSerializer, Alias("opshub.alert-kind")]
public enum AlertKind
{
    /// <summary>A dossier in progress passed its due instant.</summary>
    DossierOverdue = 1,
}
