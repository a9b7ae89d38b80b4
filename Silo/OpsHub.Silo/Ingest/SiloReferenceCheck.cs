using Microsoft.Extensions.Options;
using OpsHub.Grains.Abstractions.Organisation;
using OpsHub.Grains.Procedures;
using OpsHub.Ingest;
using OpsHub.Ingest.Events;

namespace OpsHub.Silo.Ingest;

/// <summary>Refuses at the door receipts for units and procedures this deployment does not know.</summary>
internal sealed class SiloReferenceCheck(IOptionsMonitor<OrganisationOptions> organisation, IProcedureTerms procedures) : IIngestReferenceCheck
{
    public string? FindProblem(IngestEvent ingestEvent) => ingestEvent switch
    {
        DossierReceived r when organisation.CurrentValue.Find(r.UnitCode) is null =>
            $"Unit '{r.UnitCode}' is not in the organisation's configuration (OpsHub:Organisation:Units).",
        DossierReceived r when procedures.Catalogue.Find(r.ProcedureCode) is null =>
            $"Procedure '{r.ProcedureCode}' is not in the procedure catalogue ({procedures.Catalogue.Source}).",
        _ => null,
    };
}
