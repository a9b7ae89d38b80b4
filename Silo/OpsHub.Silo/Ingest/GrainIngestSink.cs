using Microsoft.Extensions.Options;
using OpsHub.Grains.Abstractions.Dossiers;
using OpsHub.Grains.Abstractions.Organisation;
using OpsHub.Grains.Procedures;
using OpsHub.Ingest;
using OpsHub.Ingest.Events;

namespace OpsHub.Silo.Ingest;

/// <summary>Applies ingested events to dossier grains, after checking what only the silo knows (units, procedures).</summary>
internal sealed class GrainIngestSink(IGrainFactory grains, IOptionsMonitor<OrganisationOptions> organisation, IProcedureTerms procedures) : IIngestSink
{
    public async Task<SinkResult> AcceptAsync(IngestEvent ingestEvent, CancellationToken cancellationToken)
    {
        if (ingestEvent is DossierReceived received)
        {
            if (organisation.CurrentValue.Find(received.UnitCode) is null)
            {
                return SinkResult.Invalid($"Unit '{received.UnitCode}' is not in the organisation's configuration (OpsHub:Organisation:Units).");
            }

            if (procedures.Catalogue.Find(received.ProcedureCode) is null)
            {
                return SinkResult.Invalid($"Procedure '{received.ProcedureCode}' is not in the procedure catalogue ({procedures.Catalogue.Source}); add it there and send the event again.");
            }
        }

        var dossier = grains.GetGrain<IDossierGrain>(ingestEvent.DossierCode);
        var outcome = ingestEvent switch
        {
            DossierReceived r => await dossier.ReceiveAsync(new DossierReceipt(
                r.DossierCode, r.ProcedureCode, r.UnitCode, r.OccurredAt, r.ProcessingWorkingDays, (DossierChannel)r.Channel)),
            DossierStatusChanged c => await dossier.ChangeStatusAsync(new DossierStatusChange(c.DossierCode, (DossierStatus)c.Status, c.OccurredAt)),
            DossierApologyIssued a => await dossier.IssueApologyAsync(new DossierApology(a.DossierCode, a.OccurredAt, a.PromisedAt)),
            DossierStepChanged { Finished: false } s => await dossier.StartStepAsync(new DossierStepChange(s.DossierCode, s.StepCode, s.OccurredAt, s.Officer)),
            DossierStepChanged s => await dossier.FinishStepAsync(new DossierStepChange(s.DossierCode, s.StepCode, s.OccurredAt, s.Officer)),
            _ => null,
        };

        return outcome is null ? SinkResult.Invalid($"Events of kind {ingestEvent.GetType().Name} are not handled yet.") : Map(outcome);
    }

    private static SinkResult Map(EventOutcome outcome) => outcome.Kind switch
    {
        EventOutcomeKind.Applied => SinkResult.Applied,
        EventOutcomeKind.Duplicate => SinkResult.Duplicate,
        _ => SinkResult.Conflict(outcome.Reason ?? "Refused."),
    };
}
