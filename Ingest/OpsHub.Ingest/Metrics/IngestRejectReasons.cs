namespace OpsHub.Ingest.Metrics;

/// <summary>The categories of the <c>reason</c> label on <c>opshub_ingest_rejected_total</c>: a fixed set, never free text.</summary>
public static class IngestRejectReasons
{
    /// <summary>Malformed or with invalid fields; refused at the door.</summary>
    public const string Invalid = "invalid";

    /// <summary>Names a unit or procedure the configuration does not know; refused at the door.</summary>
    public const string UnknownReference = "unknown_reference";

    /// <summary>Journaled, then refused when applied (a conflict with the dossier's history, an unreadable payload).</summary>
    public const string Refused = "refused";
}
