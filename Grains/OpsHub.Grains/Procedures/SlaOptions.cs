using OpsHub.Sla.Clock;
using OpsHub.Sla.Procedures;

namespace OpsHub.Grains.Procedures;

/// <summary>SLA settings of the silo. Section <c>OpsHub:Sla</c>.</summary>
public sealed class SlaOptions
{
    public const string Section = "OpsHub:Sla";

    /// <summary>Where the procedure catalogue is read from. Default <c>Data/procedures.json</c> next to the binaries.</summary>
    public ProcedureCatalogueOptions Catalogue { get; set; } = new();

    /// <summary>When dossier alerts fire. Default early warnings at 50% and 75%, late-without-apology at the due instant.</summary>
    public SlaAlertOptions Alerts { get; set; } = new();
}
