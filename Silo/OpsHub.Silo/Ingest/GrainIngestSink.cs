using OpsHub.Grains.Abstractions.Dossiers;
using OpsHub.Ingest;
using OpsHub.Ingest.Events;

namespace OpsHub.Silo.Ingest;

/// <summary>Applies journaled events to dossier grains.</summary>
internal sealed class GrainIngestSink(IGrainFactory grains) : IIngestSink
{
    public async Task<SinkResult> AcceptAsync(IngestEvent ingestEvent, long journalSeq, CancellationToken cancellationToken)
    {
        var dossier = grains.GetGrain<IDossierGrain>(ingestEvent.DossierCode);
        var outcome = ingestEvent switch
        {
            DossierReceived r => await dossier.ReceiveAsync(new DossierReceipt(
                r.DossierCode, r.ProcedureCode, r.UnitCode, r.OccurredAt, r.ProcessingWorkingDays, (DossierChannel)r.Channel, journalSeq)),
            DossierStatusChanged c => await dossier.ChangeStatusAsync(new DossierStatusChange(c.DossierCode, (DossierStatus)c.Status, c.OccurredAt, journalSeq)),
            DossierApologyIssued a => await dossier.IssueApologyAsync(new DossierApology(a.DossierCode, a.OccurredAt, a.PromisedAt, journalSeq)),
            DossierStepChanged { Finished: false } s => await dossier.StartStepAsync(new DossierStepChange(s.DossierCode, s.StepCode, s.OccurredAt, s.Officer, journalSeq)),
            DossierStepChanged s => await dossier.FinishStepAsync(new DossierStepChange(s.DossierCode, s.StepCode, s.OccurredAt, s.Officer, journalSeq)),
            _ => null,
        };

        return outcome?.Kind switch
        {
            null => SinkResult.Invalid($"Events of kind {ingestEvent.GetType().Name} are not handled yet."),
            EventOutcomeKind.Applied => SinkResult.Applied,
            EventOutcomeKind.Duplicate => SinkResult.Duplicate,
            EventOutcomeKind.AwaitingReceipt => SinkResult.AwaitingReceipt(outcome.Reason ?? "Waiting for the receipt."),
            _ => SinkResult.Conflict(outcome.Reason ?? "Refused."),
        };
    }
}
