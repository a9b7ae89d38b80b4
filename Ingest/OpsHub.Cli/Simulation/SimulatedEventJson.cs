using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpsHub.Cli.Simulation;

/// <summary>Writes a <see cref="SimulatedEvent"/> as the plain OpsHub JSON that <c>POST /api/v1/events</c> takes.</summary>
internal static class SimulatedEventJson
{
    // Readable output (Vietnamese names, +07:00): the text goes to files and HTTP bodies, never into HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// One compact JSON object, no line breaks, instants as ISO 8601 with their offset. Without
    /// <paramref name="counterCodes"/>, receipts leave out the counter that took them in.
    /// </summary>
    public static string Write(SimulatedEvent e, bool counterCodes = true)
    {
        ArgumentNullException.ThrowIfNull(e);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("type", e.Type);
            WriteIfPresent(json, "dossierCode", e.DossierCode);
            json.WriteString("occurredAt", Instant(e.OccurredAt));
            WriteIfPresent(json, "procedureCode", e.ProcedureCode);
            WriteIfPresent(json, "unitCode", e.UnitCode);
            if (e.Channel is { } channel)
            {
                json.WriteNumber("channel", channel);
            }

            if (counterCodes || e.DossierCode is null)
            {
                WriteIfPresent(json, "counterCode", e.CounterCode);
            }

            WriteIfPresent(json, "stepCode", e.StepCode);
            WriteIfPresent(json, "officer", e.Officer);
            WriteIfPresent(json, "ticketNumber", e.TicketNumber);
            WriteIfPresent(json, "fieldCode", e.FieldCode);
            WriteIfPresent(json, "priorityCategory", e.PriorityCategory);
            WriteIfPresent(json, "toCounterCode", e.ToCounterCode);
            WriteIfPresent(json, "rating", e.Rating);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>An instant as <c>2026-11-20T15:00:00+07:00</c>.</summary>
    public static string Instant(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void WriteIfPresent(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
