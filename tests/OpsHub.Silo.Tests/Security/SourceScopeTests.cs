using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Security;

/// <summary>An ingest source limited to one commune writes that commune's dossiers and queues, and nothing of another unit's.</summary>
public sealed class SourceScopeTests(PostgresServerFixture postgres)
{
    private const string CommuneKey = "anngai-test-key";

    [Fact]
    public async Task ASourceOfOneCommuneIsRefusedAnotherUnitsReceiptsAndChangesToItsDossiersAndKeepsItsOwn()
    {
        await using var server = new OpsHubServer(
            await postgres.CreateDatabaseAsync("sources", TestContext.Current.CancellationToken),
            new FakeTimeProvider(Events.At("2026-11-20T15:00:05+07:00")),
            settings: new Dictionary<string, string>
            {
                ["OpsHub:Ingest:Sources:2:Name"] = "mot-cua-an-ngai",
                ["OpsHub:Ingest:Sources:2:ApiKeySha256"] = "3349ec03e08b9bdd26f0cac452c743e5b1864308e93e9fa826d9aad284657e01",
                ["OpsHub:Ingest:Sources:2:Units:0"] = "LD-ANNGAI",
            });
        server.StartServer();
        using var province = server.CreateClient();
        using var commune = server.CreateClient();
        commune.DefaultRequestHeaders.Remove("X-Api-Key");
        commune.DefaultRequestHeaders.Add("X-Api-Key", CommuneKey);

        // A dossier of the district's one-stop shop, sent by the province-wide source and applied.
        const string shopDossier = "LD-PVHCC-261120-00001-SCOPE";
        (await Events.PostAsync(province, Events.Received(shopDossier, "2026-11-20T15:00:00+07:00", 2, "LD-PVHCC"))).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        // The commune's source may not receive for the shop, nor change the shop's dossier.
        await ShouldBeRefusedAsync(commune, Events.Received("LD-PVHCC-261120-00002-SCOPE", "2026-11-20T15:00:00+07:00", 2, "LD-PVHCC"), "'LD-PVHCC'");
        await ShouldBeRefusedAsync(commune, Events.Completed(shopDossier, "2026-11-20T16:00:00+07:00"), "'LD-PVHCC'");
        await ShouldBeRefusedAsync(commune, Events.Queue("ticket.issued", "LD-PVHCC", "08:00:00", new { ticketNumber = "1001", fieldCode = "HT" }), "'LD-PVHCC'");

        // Its own commune's dossiers it may receive and change.
        const string ownDossier = "LD-ANNGAI-261120-00001-SCOPE";
        (await Events.PostAsync(commune, Events.Received(ownDossier, "2026-11-20T15:00:00+07:00", 2))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await Events.PostAsync(commune, Events.Completed(ownDossier, "2026-11-20T16:00:00+07:00"))).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        // Nothing refused changed anything: the shop's dossier is still open, and the refusals are dead letters.
        var shop = await province.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/dossiers/{shopDossier}", TestContext.Current.CancellationToken);
        shop.GetProperty("completedAt").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var dead = await province.GetStringAsync("/api/v1/ingest/dead-letters", TestContext.Current.CancellationToken);
        System.Text.RegularExpressions.Regex.Count(dead, "may write only for LD-ANNGAI").ShouldBe(3);
    }

    private static async Task ShouldBeRefusedAsync(HttpClient client, object body, string naming)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/events", body, TestContext.Current.CancellationToken);
        var problem = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, problem);
        problem.ShouldContain("may write only for LD-ANNGAI", Case.Sensitive, problem);
        problem.ShouldContain(naming, Case.Sensitive, problem);
    }
}
