using OpsHub.Grains.Abstractions.Dossiers;
using OpsHub.Grains.Abstractions.Queues;
using OpsHub.Ingest;
using OpsHub.Ingest.Events;
using OpsHub.Ingest.Events.Counters;
using OpsHub.Ingest.Events.Ratings;

namespace OpsHub.Silo.Ingest;

/// <summary>Applies journaled records: dossier events and ratings to dossier grains, queue events to the shop's queue grain.</summary>
internal sealed class GrainIngestSink(IGrainFactory grains) : IIngestSink
{
    public async Task<SinkResult> AcceptAsync(IngestRecord record, long journalSeq, CancellationToken cancellationToken)
    {
        var outcome = record switch
        {
            IngestEvent dossierEvent => await ApplyDossierEventAsync(dossierEvent, journalSeq),
            QueueEvent queueEvent => await grains.GetGrain<IQueueGrain>(queueEvent.UnitCode).ApplyAsync(Entry(queueEvent, journalSeq)),
            _ => null,
        };

        return outcome?.Kind switch
        {
            null => SinkResult.Invalid($"Records of kind {record.GetType().Name} are not handled."),
            EventOutcomeKind.Applied => SinkResult.Applied,
            EventOutcomeKind.Duplicate => SinkResult.Duplicate,
            EventOutcomeKind.AwaitingReceipt => SinkResult.AwaitingReceipt(outcome.Reason ?? "Waiting for the receipt."),
            _ => SinkResult.Conflict(outcome.Reason ?? "Refused."),
        };
    }

    private async Task<EventOutcome?> ApplyDossierEventAsync(IngestEvent ingestEvent, long journalSeq)
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
            DossierRated r => await dossier.RateAsync(new DossierRating(r.DossierCode, (int)r.Rating, r.OccurredAt, journalSeq)),
            _ => null,
        };

        // The counter counts the dossier once, whether this delivery applied the receipt or repeats it.
        if (ingestEvent is DossierReceived { CounterCode: { } counter } receipt
            && outcome?.Kind is EventOutcomeKind.Applied or EventOutcomeKind.Duplicate)
        {
            await grains.GetGrain<ICounterGrain>(ICounterGrain.KeyOf(receipt.UnitCode, counter)).RecordDossierAsync(receipt.DossierCode, receipt.OccurredAt);
        }

        return outcome;
    }

    private static QueueEntry Entry(QueueEvent e, long journalSeq) => e switch
    {
        CounterOpened o => new QueueEntry(QueueEntryKind.CounterOpened, o.OccurredAt, o.CounterCode, null, null, null, null, o.Staff, journalSeq),
        CounterClosed c => new QueueEntry(QueueEntryKind.CounterClosed, c.OccurredAt, c.CounterCode, null, null, null, null, c.Staff, journalSeq),
        TicketIssued t => new QueueEntry(QueueEntryKind.TicketIssued, t.OccurredAt, t.CounterCode, t.TicketNumber, t.FieldCode, t.PriorityCategory, null, null, journalSeq),
        TicketTransferred t => new QueueEntry(QueueEntryKind.TicketTransferred, t.OccurredAt, t.CounterCode, t.TicketNumber, null, null, t.ToCounterCode, null, journalSeq),
        TicketProgressed p => new QueueEntry(
            p.Stage switch
            {
                TicketStage.Called => QueueEntryKind.TicketCalled,
                TicketStage.Serving => QueueEntryKind.TicketServing,
                TicketStage.Completed => QueueEntryKind.TicketCompleted,
                _ => QueueEntryKind.TicketNoShow,
            },
            p.OccurredAt, p.CounterCode, p.TicketNumber, null, null, null, null, journalSeq),
        _ => throw new ArgumentException($"Unknown queue event {e.GetType().Name}.", nameof(e)),
    };
}
