using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OpsHub.Silo.Tests.Infrastructure;

namespace OpsHub.Silo.Tests.Slice;

/// <summary>Bad input gets a specific RFC 7807 answer and changes nothing already accepted.</summary>
public sealed class EventValidationTests(SharedOpsHubServer server) : IClassFixture<SharedOpsHubServer>
{
    public static TheoryData<string, string> InvalidEvents => new()
    {
        { """{"type":"dossier.received","procedureCode":"P","unitCode":"LD-ANNGAI","occurredAt":"2026-11-20T15:00:00+07:00","processingWorkingDays":2}""", "dossierCode" },
        { """{"type":"dossier.received","dossierCode":"A-1","procedureCode":"P","unitCode":"LD-ANNGAI","occurredAt":"2026-11-20T15:00:00","processingWorkingDays":2}""", "occurredAt" },
        { """{"type":"dossier.received","dossierCode":"A-1","procedureCode":"P","unitCode":"LD-ANNGAI","occurredAt":"yesterday","processingWorkingDays":2}""", "occurredAt" },
        { """{"type":"dossier.received","dossierCode":"A-1","procedureCode":"P","unitCode":"LD-ANNGAI","occurredAt":"1890-01-01T08:00:00+07:00","processingWorkingDays":2}""", "occurredAt" },
        { """{"type":"dossier.received","dossierCode":"A-1","procedureCode":"P","unitCode":"LD-ANNGAI","occurredAt":"2026-11-20T15:00:00+07:00","processingWorkingDays":"two"}""", "processingWorkingDays" },
        { """{"type":"dossier.received","dossierCode":"A-1","procedureCode":"P","unitCode":"LD-ANNGAI","occurredAt":"2026-11-20T15:00:00+07:00","processingWorkingDays":-1}""", "processingWorkingDays" },
        { """{"type":"dossier.received","dossierCode":"A 1<script>","procedureCode":"P","unitCode":"LD-ANNGAI","occurredAt":"2026-11-20T15:00:00+07:00","processingWorkingDays":2}""", "dossierCode" },
        { """{"type":"dossier.received","dossierCode":12,"procedureCode":"P","unitCode":"LD-ANNGAI","occurredAt":"2026-11-20T15:00:00+07:00","processingWorkingDays":2}""", "dossierCode" },
        { """{"type":"dossier.teleported","dossierCode":"A-1","occurredAt":"2026-11-20T15:00:00+07:00"}""", "type" },
        { """{"dossierCode":"A-1","occurredAt":"2026-11-20T15:00:00+07:00"}""", "type" },
    };

    [Theory]
    [MemberData(nameof(InvalidEvents))]
    public async Task InvalidFieldIsNamedInValidationProblemWhenEventIsMalformed(string body, string field)
    {
        using var client = server.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/v1/events", content, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        problem.GetProperty("errors").TryGetProperty(field, out var messages).ShouldBeTrue();
        messages[0].GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task MalformedJsonIsRefusedWithProblemDetails()
    {
        using var client = server.CreateClient();
        using var content = new StringContent("""{"type": "dossier.received", """, Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/v1/events", content, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        problem.GetProperty("title").GetString().ShouldBe("Malformed JSON");
    }

    [Fact]
    public async Task UnknownUnitIsUnprocessable()
    {
        using var client = server.CreateClient();

        var response = await Events.PostAsync(client, Events.Received(Events.NewDossierCode(), "2026-11-20T15:00:00+07:00", 2, unit: "NO-SUCH-UNIT"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("NO-SUCH-UNIT");
    }

    [Fact]
    public async Task RepeatedReceiptIsDuplicateAndDifferentReceiptIsDeadLetteredWithoutChangingTheDossier()
    {
        using var client = server.CreateClient();
        var code = Events.NewDossierCode();
        (await Events.PostAsync(client, Events.Received(code, "2026-11-20T15:00:00+07:00", 2))).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var again = await Events.PostAsync(client, Events.Received(code, "2026-11-20T15:00:00+07:00", 2));
        var different = await Events.PostAsync(client, Events.Received(code, "2026-11-20T15:00:00+07:00", 5));

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("outcome").GetString().ShouldBe("duplicate");
        different.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var seq = Events.SeqOf(different);
        var verdict = await Events.WaitAppliedAsync(client, seq);
        verdict.GetProperty("state").GetString().ShouldBe("dead");
        verdict.GetProperty("reason").GetString()!.ShouldContain("already received");
        (await SlaSliceTests.GetDossierAsync(client, code)).DueAt.ShouldBe(Events.At("2026-11-24T15:00:00+07:00"));
        var dead = await client.GetFromJsonAsync<JsonElement>("/api/v1/ingest/dead-letters?limit=10000", TestContext.Current.CancellationToken);
        dead.EnumerateArray().ShouldContain(d => d.GetProperty("kind").GetString() == "journal" && d.GetProperty("seq").GetInt64() == seq);
    }

    [Fact]
    public async Task CompletionBeforeItsReceiptIsHeldAndAppliedWhenTheReceiptArrives()
    {
        using var client = server.CreateClient();
        var code = Events.NewDossierCode();

        var early = await Events.PostAsync(client, Events.Completed(code, "2026-11-23T10:00:00+07:00"));
        var seq = Events.SeqOf(early);
        (await Events.WaitAppliedAsync(client, seq)).GetProperty("state").GetString().ShouldBe("held");
        (await client.GetAsync($"/api/v1/dossiers/{code}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await Events.PostAsync(client, Events.Received(code, "2026-11-20T15:00:00+07:00", 2))).EnsureSuccessStatusCode();

        var applied = await Eventually.GetAsync(
            () => client.GetFromJsonAsync<JsonElement>($"/api/v1/ingest/events/{seq}", TestContext.Current.CancellationToken),
            e => e.GetProperty("state").GetString() == "applied", TimeSpan.FromSeconds(10), "the held completion applied");
        applied.GetProperty("appliedAt").ValueKind.ShouldBe(JsonValueKind.String);
        (await SlaSliceTests.GetDossierAsync(client, code)).Timeliness.ShouldBe(Grains.Abstractions.Dossiers.Timeliness.Early);
    }

    [Fact]
    public async Task RefusedItemsAreKeptAsDeadLettersWithTheirReason()
    {
        using var client = server.CreateClient();
        var code = Events.NewDossierCode();

        (await Events.PostAsync(client, Events.Received(code, "2026-11-20T15:00:00+07:00", 2, unit: "NO-SUCH-UNIT"))).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        using var content = new StringContent($$"""{"type":"dossier.received","dossierCode":"{{code}}"}""", Encoding.UTF8, "application/json");
        (await client.PostAsync("/api/v1/events", content, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var dead = await client.GetFromJsonAsync<JsonElement>("/api/v1/ingest/dead-letters?limit=10000", TestContext.Current.CancellationToken);
        var mine = dead.EnumerateArray().Where(d => d.GetProperty("payload").GetString()!.Contains(code, StringComparison.Ordinal)).ToList();
        mine.Count.ShouldBe(2);
        mine.ShouldContain(d => d.GetProperty("reason").GetString()!.Contains("NO-SUCH-UNIT", StringComparison.Ordinal));
        mine.ShouldContain(d => d.GetProperty("reason").GetString()!.Contains("procedureCode", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeadLetterForAnUnknownUnitIsAppliedWhenReplayedAfterTheUnitIsConfigured()
    {
        using var client = server.CreateClient();
        var code = Events.NewDossierCode();
        var unit = $"LD-NEW-{Guid.NewGuid():N}"[..16];
        (await Events.PostAsync(client, Events.Received(code, "2026-11-20T15:00:00+07:00", 2, unit))).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);

        server.Reconfigure("OpsHub:Organisation:Units:7:Code", unit);
        server.Reconfigure("OpsHub:Organisation:Units:7:Name", "UBND xã mới");
        var replay = await client.PostAsync("/api/v1/ingest/dead-letters/replay", null, TestContext.Current.CancellationToken);

        replay.StatusCode.ShouldBe(HttpStatusCode.OK);
        var summary = await replay.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        summary.GetProperty("outcomes").GetProperty("accepted").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        var dossier = await Eventually.GetAsync(
            () => client.GetAsync($"/api/v1/dossiers/{code}", TestContext.Current.CancellationToken),
            r => r.IsSuccessStatusCode, TimeSpan.FromSeconds(10), "the replayed receipt applied");
        (await dossier.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("unitCode").GetString().ShouldBe(unit);
        var dead = await client.GetFromJsonAsync<JsonElement>("/api/v1/ingest/dead-letters?limit=10000", TestContext.Current.CancellationToken);
        dead.EnumerateArray().ShouldNotContain(d => d.GetProperty("payload").GetString()!.Contains(code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownDossierIsNotFoundProblem()
    {
        using var client = server.CreateClient();

        var response = await client.GetAsync("/api/v1/dossiers/NOPE-1", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
