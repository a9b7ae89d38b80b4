using OpsHub.Grains.Abstractions.Dossiers;
using OpsHub.Sla.Clock;
using OpsHub.Sla.Procedures;

namespace OpsHub.Grains.Procedures;

/// <summary>The procedure catalogue and the SLA terms a receipt is held to.</summary>
public interface IProcedureTerms
{
    /// <summary>The catalogue in force.</summary>
    ProcedureCatalogue Catalogue { get; }

    /// <summary>
    /// The terms of <paramref name="receipt"/>: its procedure's for its channel, with the unit's declared processing
    /// time in working days replacing the catalogue's when given. <c>null</c> when the procedure is unknown.
    /// </summary>
    SlaTerms? For(DossierReceipt receipt);
}
