using System.Text.Json;
using OpsHub.Ingest.Events.Counters;
using OpsHub.Ingest.Events.Ratings;

namespace OpsHub.Ingest.Events.Parsing;

/// <summary>
/// Turns the fields of one event of a known <c>type</c> into its normalised record, or names every faulty field.
/// Shared by the plain OpsHub JSON (<see cref="EventParser"/>) and the CloudEvents <c>data</c> object.
/// </summary>
internal static class RecordParser
{
    public static IngestRecord? Parse(string? type, JsonElement data, RecordContext context, FieldErrors errors)
    {
        if (type is not null && RecordTypes.Queue.Contains(type))
        {
            return ParseQueue(type, data, context, errors);
        }

        if (type is not null && !RecordTypes.All.Contains(type))
        {
            errors.Add("type", $"Unknown event type '{type}'; expected one of: {string.Join(", ", RecordTypes.All)}.");
            return null;
        }

        var dossierCode = context.Subject is { } subject && !JsonFields.Has(data, "dossierCode")
            ? JsonFields.CheckCode(subject, "dossierCode", errors)
            : JsonFields.Code(data, "dossierCode", errors);
        var occurredAt = OccurredAt(data, context, errors);
        return type is null ? null : ParseDossier(type, data, dossierCode!, occurredAt.GetValueOrDefault(), errors);
    }

    private static DateTimeOffset? OccurredAt(JsonElement data, RecordContext context, FieldErrors errors) =>
        context.Time is { } time && !JsonFields.Has(data, "occurredAt") ? time : JsonFields.Instant(data, "occurredAt", errors);

    private static IngestRecord? ParseDossier(string type, JsonElement e, string code, DateTimeOffset at, FieldErrors errors)
    {
        IngestRecord? Done(Func<IngestRecord> build) => errors.Count == 0 ? build() : null;
        switch (type)
        {
            case EventTypes.DossierReceived:
                var procedure = JsonFields.Code(e, "procedureCode", errors);
                var unit = JsonFields.Code(e, "unitCode", errors);
                var days = JsonFields.OptionalWorkingDays(e, "processingWorkingDays", errors);
                var channel = JsonFields.OptionalInteger(e, "channel", 1, 3, 1, errors);
                var counter = JsonFields.OptionalCode(e, "counterCode", errors);
                return Done(() => new DossierReceived(code, at, procedure!, unit!, days, channel!.Value, counter));
            case EventTypes.DossierStatusChanged:
                var status = JsonFields.OptionalInteger(e, "status", 1, 10, null, errors);
                return Done(() => new DossierStatusChanged(code, at, status!.Value));
            case EventTypes.DossierApologyIssued:
                var promised = JsonFields.Instant(e, "promisedAt", errors);
                return Done(() => new DossierApologyIssued(code, at, promised!.Value));
            case EventTypes.DossierStepStarted or EventTypes.DossierStepFinished:
                var step = JsonFields.Code(e, "stepCode", errors);
                var officer = JsonFields.OptionalString(e, "officer", errors, 128);
                return Done(() => new DossierStepChanged(code, at, step!, type == EventTypes.DossierStepFinished, officer));
            case RecordTypes.DossierRated:
                var rating = Rating(e, errors);
                return Done(() => new DossierRated(code, at, rating!.Value));
            default:
                var named = EventTypes.StatusEvents[type];
                return Done(() => new DossierStatusChanged(code, at, named));
        }
    }

    private static QueueEvent? ParseQueue(string type, JsonElement e, RecordContext context, FieldErrors errors)
    {
        var unit = JsonFields.Code(e, "unitCode", errors);
        var at = OccurredAt(e, context, errors).GetValueOrDefault();
        QueueEvent? Done(Func<QueueEvent> build) => errors.Count == 0 ? build() : null;
        if (type is RecordTypes.CounterOpened or RecordTypes.CounterClosed)
        {
            var counter = JsonFields.Code(e, "counterCode", errors);
            var staff = JsonFields.OptionalString(e, "staff", errors, 128);
            return type == RecordTypes.CounterOpened
                ? Done(() => new CounterOpened(unit!, at, counter!, staff))
                : Done(() => new CounterClosed(unit!, at, counter!, staff));
        }

        var ticket = JsonFields.Code(e, "ticketNumber", errors);
        if (type == RecordTypes.TicketIssued)
        {
            var counter = JsonFields.OptionalCode(e, "counterCode", errors);
            var field = JsonFields.OptionalCode(e, "fieldCode", errors);
            var priority = JsonFields.OptionalCode(e, "priorityCategory", errors);
            return Done(() => new TicketIssued(unit!, at, ticket!, counter, field, priority));
        }

        var from = JsonFields.Code(e, "counterCode", errors);
        if (type == RecordTypes.TicketTransferred)
        {
            var to = JsonFields.Code(e, "toCounterCode", errors);
            return Done(() => new TicketTransferred(unit!, at, ticket!, from!, to!));
        }

        var stage = type switch
        {
            RecordTypes.TicketCalled => TicketStage.Called,
            RecordTypes.TicketServing => TicketStage.Serving,
            RecordTypes.TicketCompleted => TicketStage.Completed,
            _ => TicketStage.NoShow,
        };
        return Done(() => new TicketProgressed(unit!, at, ticket!, from!, stage));
    }

    private static SatisfactionRating? Rating(JsonElement e, FieldErrors errors)
    {
        var text = JsonFields.RequiredString(e, "rating", errors, 32);
        SatisfactionRating? rating = text switch
        {
            null => null,
            "very-satisfied" => SatisfactionRating.VerySatisfied,
            "satisfied" => SatisfactionRating.Satisfied,
            "not-satisfied" => SatisfactionRating.NotSatisfied,
            _ => null,
        };
        if (text is not null && rating is null)
        {
            errors.Add("rating", $"'{text}' is not a rating; expected very-satisfied, satisfied or not-satisfied.");
        }

        return rating;
    }
}
