namespace OpsHub.Ingest.Events;

/// <summary>The <c>type</c> values OpsHub accepts.</summary>
public static class EventTypes
{
    public const string DossierReceived = "dossier.received";

    public const string DossierCompleted = "dossier.completed";

    public static IReadOnlyList<string> All { get; } = [DossierReceived, DossierCompleted];
}
