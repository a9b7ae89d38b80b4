using System.Globalization;
using System.Net.Http.Json;

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

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, object body) =>
        client.PostAsJsonAsync("/api/v1/events", body, TestContext.Current.CancellationToken);

    public static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
