using Microsoft.Extensions.Options;
using OpsHub.Grains.Abstractions.Dossiers;
using OpsHub.Grains.Abstractions.Organisation;
using OpsHub.Ingest;
using OpsHub.Ingest.Events;

namespace OpsHub.Silo.Ingest;

/// <summary>Applies ingested events to dossier grains.</summary>
internal sealed class GrainIngestSink(IGrainFactory grains, IOptionsMonitor<OrganisationOptions> organisation) : IIngestSink
{
    public async Task<SinkResult> AcceptAsync(IngestEvent ingestEvent, CancellationToken cancellationToken)
    {
        var dossier = grains.GetGrain<IDossierGrain>(ingestEvent.DossierCode);
        switch (ingestEvent)
        {
            case DossierReceived received:
                if (organisation.CurrentValue.Find(received.UnitCode) is null)
                {
                    return SinkResult.Invalid($"Unit '{received.UnitCode}' is not in the organisation's configuration (OpsHub:Organisation:Units).");
                }

                return Map(await dossier.ReceiveAsync(new DossierReceipt(
                    received.DossierCode, received.ProcedureCode, received.UnitCode, received.OccurredAt, received.ProcessingWorkingDays)));
            case DossierCompleted completed:
                return Map(await dossier.CompleteAsync(new DossierCompletion(completed.DossierCode, completed.OccurredAt)));
            default:
                return SinkResult.Invalid($"Events of kind {ingestEvent.GetType().Name} are not handled yet.");
        }
    }

    private static SinkResult Map(EventOutcome outcome) => outcome.Kind switch
    {
        EventOutcomeKind.Applied => SinkResult.Applied,
        EventOutcomeKind.Duplicate => SinkResult.Duplicate,
        _ => SinkResult.Conflict(outcome.Reason ?? "Refused."),
    };
}
