using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpsHub.Ingest.Events.Counters;
using OpsHub.Ingest.Events.Parsing;
using OpsHub.Ingest.Events.Ratings;

namespace OpsHub.Ingest.Events;

/// <summary>Writes a record as OpsHub event JSON (docs/events.md): the inverse of <see cref="EventParser"/>.</summary>
public static class EventJson
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static string Write(IngestRecord record)
    {
        var at = Instant(record.OccurredAt);
        object body = record switch
        {
            DossierReceived r => new
            {
                type = EventTypes.DossierReceived, dossierCode = r.DossierCode, occurredAt = at, procedureCode = r.ProcedureCode,
                unitCode = r.UnitCode, channel = r.Channel, processingWorkingDays = r.ProcessingWorkingDays, counterCode = r.CounterCode,
            },
            DossierStatusChanged c => new { type = EventTypes.DossierStatusChanged, dossierCode = c.DossierCode, occurredAt = at, status = c.Status },
            DossierApologyIssued a => new
            {
                type = EventTypes.DossierApologyIssued, dossierCode = a.DossierCode, occurredAt = at, promisedAt = Instant(a.PromisedAt),
            },
            DossierStepChanged s => new
            {
                type = s.Finished ? EventTypes.DossierStepFinished : EventTypes.DossierStepStarted, dossierCode = s.DossierCode,
                occurredAt = at, stepCode = s.StepCode, officer = s.Officer,
            },
            DossierRated r => new { type = RecordTypes.DossierRated, dossierCode = r.DossierCode, occurredAt = at, rating = RatingName(r.Rating) },
            CounterOpened o => new { type = RecordTypes.CounterOpened, unitCode = o.UnitCode, occurredAt = at, counterCode = o.CounterCode, staff = o.Staff },
            CounterClosed c => new { type = RecordTypes.CounterClosed, unitCode = c.UnitCode, occurredAt = at, counterCode = c.CounterCode, staff = c.Staff },
            TicketIssued t => new
            {
                type = RecordTypes.TicketIssued, unitCode = t.UnitCode, occurredAt = at, ticketNumber = t.TicketNumber,
                counterCode = t.CounterCode, fieldCode = t.FieldCode, priorityCategory = t.PriorityCategory,
            },
            TicketProgressed p => new
            {
                type = StageType(p.Stage), unitCode = p.UnitCode, occurredAt = at, ticketNumber = p.TicketNumber, counterCode = p.CounterCode,
            },
            TicketTransferred t => new
            {
                type = RecordTypes.TicketTransferred, unitCode = t.UnitCode, occurredAt = at, ticketNumber = t.TicketNumber,
                counterCode = t.CounterCode, toCounterCode = t.ToCounterCode,
            },
            _ => throw new ArgumentException($"Cannot write {record.GetType().Name} as OpsHub event JSON.", nameof(record)),
        };
        return JsonSerializer.Serialize(body, Options);
    }

    private static string Instant(DateTimeOffset at) => at.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    private static string RatingName(SatisfactionRating rating) => rating switch
    {
        SatisfactionRating.VerySatisfied => "very-satisfied",
        SatisfactionRating.Satisfied => "satisfied",
        _ => "not-satisfied",
    };

    private static string StageType(TicketStage stage) => stage switch
    {
        TicketStage.Called => RecordTypes.TicketCalled,
        TicketStage.Serving => RecordTypes.TicketServing,
        TicketStage.Completed => RecordTypes.TicketCompleted,
        _ => RecordTypes.TicketNoShow,
    };
}
