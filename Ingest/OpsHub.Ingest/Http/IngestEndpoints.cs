using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsHub.Ingest.Events;

namespace OpsHub.Ingest.Http;

/// <summary>The HTTP doors of ingest.</summary>
public static class IngestEndpoints
{
    /// <summary>Maps <c>POST /api/v1/events</c>.</summary>
    public static IEndpointRouteBuilder MapIngestEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/events", PostEventAsync)
            .WithName("PostEvent")
            .Accepts<JsonElement>("application/json")
            .Produces<EventAccepted>(StatusCodes.Status202Accepted)
            .Produces<EventAccepted>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return endpoints;
    }

    private static async Task<IResult> PostEventAsync(HttpRequest request, IIngestSink sink, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return Results.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                detail: $"Send the event as application/json (got '{request.ContentType ?? "none"}').");
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken);
        }
        catch (JsonException ex)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Malformed JSON",
                detail: $"The body is not valid JSON: {ex.Message}");
        }

        using (document)
        {
            var parsed = EventParser.Parse(document.RootElement, out var errors);
            if (parsed is null)
            {
                return Results.ValidationProblem(errors, title: "The event is not valid", detail: "See errors for each field.");
            }

            var result = await sink.AcceptAsync(parsed, cancellationToken);
            return result.Outcome switch
            {
                SinkOutcome.Applied => Results.Accepted($"/api/v1/dossiers/{Uri.EscapeDataString(parsed.DossierCode)}", new EventAccepted(parsed.DossierCode, "applied")),
                SinkOutcome.Duplicate => Results.Ok(new EventAccepted(parsed.DossierCode, "duplicate")),
                SinkOutcome.Conflict => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The event conflicts with what is recorded", detail: result.Reason),
                _ => Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The event refers to something unknown", detail: result.Reason),
            };
        }
    }
}
