namespace OpsHub.Ingest.Events;

/// <summary>The <c>type</c> values OpsHub accepts, and the portal status each status event stands for.</summary>
public static class EventTypes
{
    public const string DossierReceived = "dossier.received";

    public const string DossierStatusChanged = "dossier.status-changed";

    public const string DossierApologyIssued = "dossier.apology-issued";

    public const string DossierStepStarted = "dossier.step-started";

    public const string DossierStepFinished = "dossier.step-finished";

    /// <summary>Named events that are a move to one portal status.</summary>
    public static IReadOnlyDictionary<string, int> StatusEvents { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["dossier.processing-started"] = 4,
        ["dossier.supplement-requested"] = 5,
        ["dossier.supplement-received"] = 4,
        ["dossier.payment-requested"] = 6,
        ["dossier.payment-received"] = 4,
        ["dossier.withdrawn"] = 7,
        ["dossier.stopped"] = 8,
        ["dossier.completed"] = 9,
        ["dossier.returned"] = 10,
    };

    public static IReadOnlyList<string> All { get; } =
        [DossierReceived, DossierStatusChanged, DossierApologyIssued, DossierStepStarted, DossierStepFinished, .. StatusEvents.Keys];
}
