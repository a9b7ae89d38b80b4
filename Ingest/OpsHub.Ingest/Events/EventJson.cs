using System.Globalization;
using System.Text.Json;

namespace OpsHub.Ingest.Events;

/// <summary>Writes an event as OpsHub event JSON (docs/events.md): the inverse of <see cref="EventParser"/>.</summary>
public static class EventJson
{
    public static string Write(IngestEvent ingestEvent)
    {
        var at = ingestEvent.OccurredAt.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
        object body = ingestEvent switch
        {
            DossierReceived r => new
            {
                type = EventTypes.DossierReceived, dossierCode = r.DossierCode, occurredAt = at, procedureCode = r.ProcedureCode,
                unitCode = r.UnitCode, channel = r.Channel, processingWorkingDays = r.ProcessingWorkingDays,
            },
            DossierStatusChanged c => new { type = EventTypes.DossierStatusChanged, dossierCode = c.DossierCode, occurredAt = at, status = c.Status },
            DossierApologyIssued a => new
            {
                type = EventTypes.DossierApologyIssued, dossierCode = a.DossierCode, occurredAt = at,
                promisedAt = a.PromisedAt.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
            },
            DossierStepChanged s => new
            {
                type = s.Finished ? EventTypes.DossierStepFinished : EventTypes.DossierStepStarted, dossierCode = s.DossierCode,
                occurredAt = at, stepCode = s.StepCode, officer = s.Officer,
            },
            _ => throw new ArgumentException($"Cannot write {ingestEvent.GetType().Name} as OpsHub event JSON.", nameof(ingestEvent)),
        };
        return JsonSerializer.Serialize(body);
    }
}
