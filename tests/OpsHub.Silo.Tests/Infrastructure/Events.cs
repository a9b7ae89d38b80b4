using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace OpsHub.Silo.Tests.Infrastructure;

/// <summary>Builds and posts events the way a source would.</summary>
internal static class Events
{
    public const string Unit = "LD-ANNGAI";

    public static string NewDossierCode() => $"{Unit}-261120-{Random.Shared.Next(100000):D5}-{Guid.NewGuid():N}"[..40];

    public static object Received(string code, string receivedAt, decimal workingDays, string unit = Unit) => new
    {
        type = "dossier.received",
        dossierCode = code,
        procedureCode = "HT-KHAISINH",
        unitCode = unit,
        occurredAt = receivedAt,
        processingWorkingDays = workingDays,
    };

    public static object Completed(string code, string completedAt) => new
    {
        type = "dossier.completed",
        dossierCode = code,
        occurredAt = completedAt,
    };

    /// <summary>Posts the event and, when the journal accepted it, waits until the applier has dealt with it.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/events", body, TestContext.Current.CancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.Accepted)
        {
            await WaitAppliedAsync(client, SeqOf(response));
        }

        return response;
    }

    /// <summary>The journal sequence number of an accepted event, from its Location header.</summary>
    public static long SeqOf(HttpResponseMessage accepted) =>
        long.Parse(accepted.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);

    /// <summary>Waits until journaled event <paramref name="seq"/> is no longer pending; returns its state.</summary>
    public static async Task<JsonElement> WaitAppliedAsync(HttpClient client, long seq, TimeSpan? within = null) =>
        await Eventually.GetAsync(
            () => client.GetFromJsonAsync<JsonElement>($"/api/v1/ingest/events/{seq}", TestContext.Current.CancellationToken),
            e => e.GetProperty("state").GetString() != "pending",
            within ?? TimeSpan.FromSeconds(10),
            $"journaled event {seq} applied");

    /// <summary>A counter or ticket event of <paramref name="unit"/> on Tuesday 24 November 2026 at <paramref name="hhmmss"/>, with <paramref name="fields"/>.</summary>
    public static System.Text.Json.Nodes.JsonObject Queue(string type, string unit, string hhmmss, object fields)
    {
        var body = System.Text.Json.JsonSerializer.SerializeToNode(fields)!.AsObject();
        body["type"] = type;
        body["unitCode"] = unit;
        body["occurredAt"] = $"2026-11-24T{hhmmss}+07:00";
        return body;
    }

    public static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
