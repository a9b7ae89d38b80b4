using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OpsHub.Silo.Tests.Infrastructure;

namespace OpsHub.Silo.Tests.Slice;

/// <summary>Each door over HTTP: CloudEvents single and batch, NDJSON, national-portal records as JSON and CSV.</summary>
public sealed class IngestDoorsTests(SharedOpsHubServer server) : IClassFixture<SharedOpsHubServer>
{
    [Fact]
    public async Task StructuredCloudEventIsAppliedAndItsRepeatIsADuplicate()
    {
        using var client = server.CreateClient();
        var code = Events.NewDossierCode();
        var body = CloudEvent("ce-" + code, "vn.opshub.dossier.received", new { dossierCode = code, procedureCode = "HT-KHAISINH", unitCode = Events.Unit, channel = 2 });

        var first = await PostAsync(client, "/api/v1/events", body, "application/cloudevents+json");
        var again = await PostAsync(client, "/api/v1/events", body, "application/cloudevents+json");

        first.GetProperty("accepted").GetInt32().ShouldBe(1);
        again.GetProperty("duplicate").GetInt32().ShouldBe(1);
        (await WaitForDossierAsync(client, code)).GetProperty("channel").GetString().ShouldBe("Online");
    }

    [Fact]
    public async Task BatchReportsEachRefusedItemByPositionAndAppliesTheRest()
    {
        using var client = server.CreateClient();
        var code = Events.NewDossierCode();
        var batch = $"[{CloudEvent("b1-" + code, "vn.opshub.dossier.received", new { dossierCode = code, procedureCode = "HT-KHAISINH", unitCode = Events.Unit })},"
            + """{"specversion":"1.0","source":"urn:test","type":"vn.opshub.dossier.completed","data":{}},"""
            + $"{CloudEvent("b3-" + code, "vn.opshub.dossier.completed", new { dossierCode = code }, "2026-11-20T16:00:00+07:00")},"
            + """{"specversion":"1.0","id":"x","source":"urn:test","type":"vn.opshub.dossier.teleported","data":{}}]""";

        var summary = await PostAsync(client, "/api/v1/events", batch, "application/cloudevents-batch+json");

        summary.GetProperty("accepted").GetInt32().ShouldBe(2);
        summary.GetProperty("rejected").GetInt32().ShouldBe(2);
        summary.GetProperty("rejections").EnumerateArray().Select(r => r.GetProperty("position").GetInt32()).ShouldBe([1, 3]);
        (await WaitForDossierAsync(client, code, "ResultReady")).GetProperty("status").GetString().ShouldBe("ResultReady");
    }

    [Fact]
    public async Task NdjsonLineThatIsBrokenIsReportedByItsLineNumber()
    {
        using var client = server.CreateClient();
        var code = Events.NewDossierCode();
        var lines = string.Join('\n',
            JsonSerializer.Serialize(Events.Received(code, "2026-11-20T15:00:00+07:00", 2)),
            "{ this is not json",
            JsonSerializer.Serialize(Events.Completed(code, "2026-11-20T16:30:00+07:00")));

        var summary = await PostAsync(client, "/api/v1/events", lines, "application/x-ndjson");

        summary.GetProperty("accepted").GetInt32().ShouldBe(2);
        summary.GetProperty("rejections").EnumerateArray().Single().GetProperty("position").GetInt32().ShouldBe(2);
        (await WaitForDossierAsync(client, code, "ResultReady")).GetProperty("timeliness").GetString().ShouldBe("Early");
    }

    [Fact]
    public async Task EventsOfADossierSentOutOfOrderAreAppliedInTheOrderTheyHappened()
    {
        using var client = server.CreateClient();
        var code = Events.NewDossierCode();
        object Step(string type, string at, string step) => new { type, dossierCode = code, occurredAt = at, stepCode = step };
        var lines = new object[]
        {
            Events.Completed(code, "2026-11-20T16:40:00+07:00"),
            Step("dossier.step-finished", "2026-11-20T16:00:00+07:00", "TIEPNHAN"),
            Events.Received(code, "2026-11-20T15:00:00+07:00", 2),
            Step("dossier.step-started", "2026-11-20T15:00:00+07:00", "TIEPNHAN"),
        }.Select(e => JsonSerializer.Serialize(e));

        var summary = await PostAsync(client, "/api/v1/events", string.Join('\n', lines), "application/x-ndjson");

        summary.GetProperty("accepted").GetInt32().ShouldBe(4);
        var dossier = await WaitForDossierAsync(client, code, "ResultReady");
        var timeline = dossier.GetProperty("timeline");
        timeline.GetProperty("refusals").GetArrayLength().ShouldBe(0);
        var step = timeline.GetProperty("steps").EnumerateArray().Single();
        step.GetProperty("finishedAt").GetDateTimeOffset().ShouldBe(Events.At("2026-11-20T16:00:00+07:00"));
    }

    [Fact]
    public async Task PortalCsvRecordsBecomeDossiersAndSendingThemAgainChangesNothing()
    {
        using var client = server.CreateClient();
        var (open, returned) = (Events.NewDossierCode(), Events.NewDossierCode());
        var csv = "MaHoSo,MaTTHC,DonViXuLy,KenhThucHien,NgayTiepNhan,NgayHenTra,TrangThaiHoSo,NgayKetThucXuLy,NgayTra,DuocThanhToanTrucTuyen,TrichYeuHoSo\n"
            + $"{open},HT-KHAISINH,{Events.Unit},1,20261120080500,20261120170000,2,,,0,\"Đăng ký khai sinh, bé An\"\n"
            + $"{returned},HT-KETHON,{Events.Unit},2,20261116091000,20261123170000,10,20261120100000,20261120143000,1,Đăng ký kết hôn\n";

        var first = await PostAsync(client, "/api/v1/portal/records", csv, "text/csv");
        var again = await PostAsync(client, "/api/v1/portal/records", csv, "text/csv");

        first.GetProperty("accepted").GetInt32().ShouldBe(4); // one receipt; receipt, result ready, handed back
        first.GetProperty("rejected").GetInt32().ShouldBe(0);
        again.GetProperty("duplicate").GetInt32().ShouldBe(4);
        (await WaitForDossierAsync(client, open)).GetProperty("status").GetString().ShouldBe("Received");
        var done = await WaitForDossierAsync(client, returned, "Returned");
        done.GetProperty("receivedAt").GetDateTimeOffset().ShouldBe(Events.At("2026-11-16T09:10:00+07:00"));
    }

    [Fact]
    public async Task PortalRecordWithABadDateIsRefusedNamingTheField()
    {
        using var client = server.CreateClient();
        var record = $$"""{"MaHoSo":"{{Events.NewDossierCode()}}","MaTTHC":"HT-KHAISINH","DonViXuLy":"{{Events.Unit}}","KenhThucHien":1,"NgayTiepNhan":"2026-13-01","TrangThaiHoSo":2}""";

        var summary = await PostAsync(client, "/api/v1/portal/records", record, "application/json");

        summary.GetProperty("rejected").GetInt32().ShouldBe(1);
        summary.GetProperty("rejections")[0].GetProperty("reason").GetString()!.ShouldContain("NgayTiepNhan");
    }

    [Fact]
    public async Task RequestWithoutAKnownApiKeyIsUnauthorized()
    {
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        using var content = new StringContent(JsonSerializer.Serialize(Events.Received(Events.NewDossierCode(), "2026-11-20T15:00:00+07:00", 2)), Encoding.UTF8, "application/json");

        var missing = await client.PostAsync("/api/v1/events", content, TestContext.Current.CancellationToken);
        client.DefaultRequestHeaders.Add("X-Api-Key", "not-a-key");
        var wrong = await client.PostAsync("/api/v1/events", content, TestContext.Current.CancellationToken);

        missing.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        missing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task BodyOverTheLimitIsRefusedWithPayloadTooLarge()
    {
        using var client = server.CreateClient();
        var huge = new string('x', 5 * 1024 * 1024);
        using var content = new StringContent($$"""{"type":"dossier.received","dossierCode":"{{huge}}"}""", Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/v1/events", content, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("at most");
    }

    [Fact]
    public async Task SourceOverItsRateIsToldToRetryLater()
    {
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        client.DefaultRequestHeaders.Add("X-Api-Key", OpsHubServer.SlowApiKey);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 6 && limited is null; i++)
        {
            using var content = new StringContent(JsonSerializer.Serialize(Events.Received(Events.NewDossierCode(), "2026-11-20T15:00:00+07:00", 2)), Encoding.UTF8, "application/json");
            var response = await client.PostAsync("/api/v1/events", content, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            limited = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        limited.ShouldNotBeNull($"statuses: {string.Join(", ", statuses)}");
        statuses[0].ShouldBe(HttpStatusCode.Accepted);
        limited.Headers.RetryAfter.ShouldNotBeNull();
        limited.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    private static string CloudEvent(string id, string type, object data, string time = "2026-11-20T15:00:00+07:00") =>
        JsonSerializer.Serialize(new { specversion = "1.0", id, source = "urn:test:one-door", type, time, data });

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, string body, string mediaType)
    {
        using var content = new StringContent(body, Encoding.UTF8, mediaType);
        var response = await client.PostAsync(path, content, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    private static Task<JsonElement> WaitForDossierAsync(HttpClient client, string code, string? status = null) =>
        Eventually.GetAsync(
            async () =>
            {
                var response = await client.GetAsync($"/api/v1/dossiers/{code}", TestContext.Current.CancellationToken);
                return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken) : default;
            },
            d => d.ValueKind == JsonValueKind.Object && (status is null || d.GetProperty("status").GetString() == status),
            TimeSpan.FromSeconds(10),
            $"dossier {code} {status}");
}
