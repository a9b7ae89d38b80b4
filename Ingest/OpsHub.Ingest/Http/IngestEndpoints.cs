using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsHub.Ingest.Events;
using OpsHub.Ingest.Journal;

namespace OpsHub.Ingest.Http;

/// <summary>The HTTP doors of ingest and the journal's read and replay endpoints.</summary>
public static class IngestEndpoints
{
    /// <summary>Source name of events posted without one.</summary>
    public const string DefaultSource = "api";

    /// <summary>
    /// Maps <c>POST /api/v1/events</c> and <c>/api/v1/portal/records</c> (sources, by API key) and the journal's
    /// <c>/api/v1/ingest/...</c> endpoints, which need the authorisation policy <paramref name="operatorPolicy"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapIngestEndpoints(this IEndpointRouteBuilder endpoints, string operatorPolicy)
    {
        var doors = endpoints.MapGroup("/api/v1")
            .AddEndpointFilter<Guards.ApiKeyFilter>()
            .RequireRateLimiting(Guards.IngestRateLimiting.Policy);
        doors.MapPost("/events", PostEventAsync)
            .WithName("PostEvent")
            .Accepts<JsonElement>("application/json", "application/cloudevents+json", "application/cloudevents-batch+json", "application/x-ndjson", "application/ndjson")
            .Produces<EventAccepted>(StatusCodes.Status202Accepted)
            .Produces<EventAccepted>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        doors.MapPost("/portal/records", PostPortalRecordsAsync)
            .WithName("PostPortalRecords")
            .Accepts<JsonElement>("application/json", "text/csv")
            .Produces<BulkSummary>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        var ingest = endpoints.MapGroup("/api/v1/ingest").RequireAuthorization(operatorPolicy);
        ingest.MapGet("/events/{seq:long}", GetJournaledAsync).WithName("GetJournaledEvent");
        ingest.MapGet("/dead-letters", ListDeadLettersAsync).WithName("ListDeadLetters");
        ingest.MapPost("/dead-letters/replay", ReplayDeadLettersAsync).WithName("ReplayDeadLetters");
        return endpoints;
    }

    private static async Task<IResult> PostEventAsync(HttpRequest request, IngestDoor door, BulkIntake bulk, CancellationToken cancellationToken)
    {
        if (CharsetProblem(request) is { } charset)
        {
            return charset;
        }

        var mediaType = MediaType(request);
        var keepNothing = SourceOf(request)?.KeepsNothing == true;
        if (mediaType is "application/x-ndjson" or "application/ndjson")
        {
            return Results.Ok(await bulk.SubmitAsync("ndjson", Bulk.NdjsonReader.ReadAsync(request.Body, DefaultSource, cancellationToken: cancellationToken), null, cancellationToken, UnitsOf(request), keepNothing));
        }

        if (keepNothing)
        {
            // The warm-up sends NDJSON only; any other body from it would be kept, so it is refused.
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: "The warm-up's requests are application/x-ndjson.");
        }

        if (mediaType == CloudEvents.CloudEventContentTypes.Batch)
        {
            return await WithJsonAsync(request, async root => root.ValueKind == JsonValueKind.Array
                ? Results.Ok(await bulk.SubmitAsync("cloudevents", CloudEvents.CloudEventReader.ReadBatch(root), i => root[i].GetRawText(), cancellationToken, UnitsOf(request)))
                : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a batch", detail: "A CloudEvents batch is a JSON array of events."), cancellationToken);
        }

        if (mediaType == CloudEvents.CloudEventContentTypes.Structured)
        {
            return await WithJsonAsync(request, async root =>
            {
                var summary = await bulk.SubmitAsync("cloudevents", [CloudEvents.CloudEventReader.Read(root)], _ => root.GetRawText(), cancellationToken, UnitsOf(request));
                return summary.Rejected > 0
                    ? Results.Problem(statusCode: summary.Rejections[0].Outcome == DoorResult.OutOfScope ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest, title: "The event is not valid", detail: summary.Rejections[0].Reason, extensions: new Dictionary<string, object?> { ["errors"] = summary.Rejections[0].Errors })
                    : Results.Ok(summary);
            }, cancellationToken);
        }

        if (!request.HasJsonContentType())
        {
            return Results.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                detail: $"Send one event as application/json or {CloudEvents.CloudEventContentTypes.Structured}, several as {CloudEvents.CloudEventContentTypes.Batch} or application/x-ndjson (got '{request.ContentType ?? "none"}').");
        }

        return await WithJsonAsync(request, async root =>
        {
            var record = EventParser.Parse(root, out var errors);
            var (id, source, sequence) = PlainEnvelope(root, errors);
            var item = new DoorItem(JournalFormats.OpsHub, root.GetRawText(), errors.Count == 0 ? record : null, id, sequence, errors);
            source ??= SourceNameOf(request);
            var result = (await door.SubmitAsync(source, [item], cancellationToken, UnitsOf(request)))[0];
            return result.Outcome switch
            {
                DoorResult.Accepted => Results.Accepted($"/api/v1/ingest/events/{result.Seq}", new EventAccepted(result.Subject!, "accepted", result.Seq)),
                DoorResult.Duplicate => Results.Ok(new EventAccepted(result.Subject!, "duplicate", null)),
                DoorResult.Invalid => Results.ValidationProblem(
                    result.Errors?.ToDictionary(e => e.Key, e => e.Value) ?? [],
                    title: "The event is not valid",
                    detail: "See errors for each field. The event was kept as a dead letter."),
                DoorResult.OutOfScope => Results.Problem(
                    statusCode: StatusCodes.Status403Forbidden,
                    title: "Outside the source's units",
                    detail: $"{result.Reason} The event was kept as a dead letter."),
                _ => Results.Problem(
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "The event refers to something unknown",
                    detail: $"{result.Reason} The event was kept as a dead letter; replay it after fixing the configuration."),
            };
        }, cancellationToken);
    }

    // The envelope fields of a plain event, checked as the NDJSON door checks them (PlainEventReader).
    private static (string? Id, string? Source, long? Sequence) PlainEnvelope(JsonElement root, Dictionary<string, string[]> errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, null, null);
        }

        var fields = new Events.Parsing.FieldErrors(errors);
        return (Events.Parsing.JsonFields.OptionalString(root, "id", fields, 256),
            Events.Parsing.JsonFields.OptionalString(root, "source", fields, 256),
            Events.Parsing.JsonFields.OptionalSequence(root, "sequence", fields));
    }

    private static async Task<IResult> PostPortalRecordsAsync(HttpRequest request, BulkIntake bulk, CancellationToken cancellationToken)
    {
        if (SourceOf(request)?.KeepsNothing == true)
        {
            // What comes in here is kept: the warm-up, which keeps nothing, has no business here.
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not for the warm-up",
                detail: "The warm-up's key sends NDJSON to /api/v1/events only.");
        }

        if (CharsetProblem(request) is { } charset)
        {
            return charset;
        }

        if (MediaType(request) == "text/csv")
        {
            return Results.Ok(await bulk.SubmitAsync("portal-csv", Bulk.CsvPortalReader.ReadAsync(request.Body, cancellationToken: cancellationToken), null, cancellationToken, UnitsOf(request)));
        }

        // CloudEvents are JSON too (+json), but they belong at /api/v1/events: read here, they would pass for portal records.
        if (!request.HasJsonContentType() || MediaType(request)?.StartsWith("application/cloudevents", StringComparison.Ordinal) == true)
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: $"Send portal records as application/json (an object or an array) or text/csv (got '{request.ContentType ?? "none"}'); CloudEvents go to /api/v1/events.");
        }

        return await WithJsonAsync(request, async root =>
        {
            var items = Portal.PortalRecordReader.Read(root);
            var summary = await bulk.SubmitAsync("portal", items, i => root.ValueKind == JsonValueKind.Array ? root[i].GetRawText() : root.GetRawText(), cancellationToken, UnitsOf(request));
            return Results.Ok(summary);
        }, cancellationToken);
    }

    private static async Task<IResult> WithJsonAsync(HttpRequest request, Func<JsonElement, Task<IResult>> handle, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken);
        }
        catch (JsonException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed JSON", detail: $"The body is not valid JSON: {ex.Message}");
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A body sent without Content-Length (chunked) passes the guard's check and is stopped by the server's limit while read.
            var limit = request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large",
                detail: $"The body grew past the {limit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "configured"} bytes accepted here (at most that many). Split it, or stream it as application/x-ndjson.");
        }

        using (document)
        {
            return Events.Parsing.JsonText.FindProblem(document.RootElement) is { } unreadable
                ? Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unreadable text", detail: unreadable)
                : await handle(document.RootElement);
        }
    }

    // The units the authenticated source may write for; empty (any) without keys.
    private static IReadOnlyCollection<string> UnitsOf(HttpRequest request) =>
        SourceOf(request)?.Units ?? [];

    // JSON, NDJSON and CSV are read as UTF-8 (RFC 8259 says JSON is UTF-8); a body declared in another charset is refused, not misread.
    private static IResult? CharsetProblem(HttpRequest request)
    {
        if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed)
            || parsed.Charset.Value is not { Length: > 0 } charset
            || charset.Trim('"').ToLowerInvariant() is "utf-8" or "utf8" or "us-ascii")
        {
            return null;
        }

        return Results.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Unsupported charset",
            detail: $"OpsHub reads {parsed.MediaType} as UTF-8; the body is declared as charset '{charset}'. Send it encoded as UTF-8 (or leave the charset out).");
    }

    private static string SourceNameOf(HttpRequest request) => SourceOf(request)?.Name ?? DefaultSource;

    // The source the key filter authenticated the request as (Guards.ApiKeyFilter), if any.
    private static Guards.IngestSource? SourceOf(HttpRequest request) =>
        request.HttpContext.Items[Guards.IngestSource.ItemKey] as Guards.IngestSource;

    private static string? MediaType(HttpRequest request) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant() : null;

    private static async Task<IResult> GetJournaledAsync(long seq, IEventJournal journal, CancellationToken cancellationToken) =>
        await journal.FindAsync(seq, cancellationToken) is { } entry
            ? Results.Ok(new JournaledEvent(entry.Seq, entry.Item.Source, entry.Item.EventId, entry.Item.Subject, entry.Item.OccurredAt,
                entry.State.ToString().ToLowerInvariant(), entry.Reason, entry.ReceivedAt, entry.AppliedAt))
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such journaled event", detail: $"The journal has no event {seq}.");

    private static async Task<IResult> ListDeadLettersAsync(IEventJournal journal, int? limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 10_000)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["Must be between 1 and 10000."] });
        }

        return Results.Ok(await journal.ListDeadAsync(limit ?? 500, cancellationToken));
    }

    private static async Task<IResult> ReplayDeadLettersAsync(IEventJournal journal, IngestDoor door, CancellationToken cancellationToken)
    {
        // Events refused when applied go back to pending; events refused at the door go through the door again.
        var requeued = await journal.RequeueDeadAsync(null, cancellationToken);
        var taken = await journal.TakeDoorDeadAsync(null, "replayed", cancellationToken);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in taken.GroupBy(d => d.Source, StringComparer.Ordinal))
        {
            var items = group.Select(Reparse).ToList();
            foreach (var result in await door.SubmitAsync(group.Key, items, cancellationToken))
            {
                outcomes[result.Outcome] = outcomes.GetValueOrDefault(result.Outcome) + 1;
            }
        }

        return Results.Ok(new ReplaySummary(requeued, taken.Count, outcomes));
    }

    private static DoorItem Reparse(DeadLetter dead)
    {
        try
        {
            using var document = JsonDocument.Parse(dead.Payload);
            var root = document.RootElement;
            return new DoorItem(dead.Format, dead.Payload, EventParser.Parse(root, out var errors), OptionalString(root, "id"), null, errors);
        }
        catch (JsonException ex)
        {
            return new DoorItem(dead.Format, dead.Payload, null, null, null, new Dictionary<string, string[]> { [""] = [$"Not valid JSON: {ex.Message}"] });
        }
    }

    private static string? OptionalString(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String
            && p.GetString() is { Length: > 0 and <= 200 } value ? value : null;
}
