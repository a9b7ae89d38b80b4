using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Hostile;

/// <summary>
/// Issue #9, hostile input: every case of hostile-corpus.ndjson is refused with a clear, specific reason (an RFC 7807
/// problem, or a bulk summary's rejection) or accepted and inert; none is a 500, none that is refused reaches the
/// journal, and good events sent before the corpus are intact and still applied correctly afterwards.
/// </summary>
public sealed class HostileCorpusTests(HostileCorpusServer server, PostgresServerFixture postgres) : IClassFixture<HostileCorpusServer>
{
    public static TheoryData<string> Cases => [.. HostileCorpus.All.Select(c => c.Id)];

    [Fact]
    public void CorpusHoldsAtLeast250CasesOverEveryDoorAndOutcome()
    {
        var all = HostileCorpus.All;
        all.Count.ShouldBeGreaterThanOrEqualTo(250);
        all.Select(c => c.Expect).Distinct().Order().ShouldBe([CorpusCase.AcceptedOne, CorpusCase.Problem, CorpusCase.Summary]);
        all.Select(c => c.ContentType?.Split(';')[0]).ShouldContain("application/json");
        foreach (var door in (string?[])["application/cloudevents+json", "application/cloudevents-batch+json", "application/x-ndjson", "text/csv"])
        {
            all.Select(c => c.ContentType?.Split(';')[0]).ShouldContain(door);
        }

        all.Count(c => c.Door == "portal").ShouldBeGreaterThan(50);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task CaseIsRefusedWithItsReasonOrAcceptedInert(string id)
    {
        var c = HostileCorpus.Get(id);
        using var client = server.CreateClient();
        var before = await server.Journal.LastSeqAsync();

        using var response = await client.SendAsync(c.ToRequest(client), TestContext.Current.CancellationToken);

        await CorpusVerdict.CheckAsync(c, response);
        (await server.Journal.CountAfterAsync(before)).ShouldBe(c.Journaled, $"{id}: events journaled");
        if (c.Journaled > 0)
        {
            (await server.Journal.NotAppliedAfterAsync(before)).ShouldBeEmpty($"{id}: accepted events must be applied, not held or dead");
        }

        if (c.Code is { } code)
        {
            var dossier = await client.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{Uri.EscapeDataString(code)}", TestContext.Current.CancellationToken);
            dossier.GetProperty("dossierCode").GetString().ShouldBe(code, $"{id}: the code reads back exactly as sent");
        }
    }

    [Fact]
    public async Task WholeCorpusLeavesGoodEventsIntactAndTheJournalWithoutRefusedCases()
    {
        // A server of its own: the theory above has already sent the accepted cases to the shared one.
        await using var own = new OpsHubServer(
            await postgres.CreateDatabaseAsync("hostile-whole", TestContext.Current.CancellationToken), new Microsoft.Extensions.Time.Testing.FakeTimeProvider(HostileCorpusServer.Now));
        own.StartServer();
        using var client = own.CreateClient();
        var (open, stepped, done, later) = (Events.NewDossierCode(), Events.NewDossierCode(), Events.NewDossierCode(), Events.NewDossierCode());
        foreach (var good in (object[])
        [
            Events.Received(open, "2026-11-20T15:00:00+07:00", 2),
            Events.Received(stepped, "2026-11-23T08:00:00+07:00", 3),
            new { type = "dossier.step-started", dossierCode = stepped, occurredAt = "2026-11-23T09:00:00+07:00", stepCode = "THAMDINH", officer = "Trần Thị Bình" },
            Events.Received(done, "2026-11-19T08:00:00+07:00", 1),
            Events.Completed(done, "2026-11-19T16:00:00+07:00"),
            Events.Received(later, "2026-11-23T14:00:00+07:00", 2),
            Events.Queue("counter.opened", Events.Unit, "07:30:00", new { counterCode = "Q1", staff = "Lê Văn Cường" }),
            Events.Queue("ticket.issued", Events.Unit, "09:40:00", new { ticketNumber = "0101", fieldCode = "HT" }),
        ])
        {
            (await Events.PostAsync(client, good)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        var goodCodes = new[] { open, stepped, done, later };
        var dossiersBefore = await ReadAllAsync(client, goodCodes.Select(c => $"/api/v1/dossiers/{c}"));
        var unitBefore = await ReadAllAsync(client, [$"/api/v1/units/{Events.Unit}", $"/api/v1/units/{Events.Unit}/queue"]);
        var journal = new JournalProbe(own.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["OpsHub:Postgres:ConnectionString"]!);
        var before = await journal.LastSeqAsync();

        var expected = 0;
        foreach (var c in HostileCorpus.All)
        {
            using var sender = own.CreateClient();
            using var response = await sender.SendAsync(c.ToRequest(sender), TestContext.Current.CancellationToken);
            ((int)response.StatusCode).ShouldBeLessThan(500, c.Id);
            expected += c.Journaled;
        }

        (await journal.CountAfterAsync(before)).ShouldBe(expected, "only the accepted cases are journaled");
        (await journal.NotAppliedAfterAsync(before)).ShouldBeEmpty("every accepted case is applied");
        (await ReadAllAsync(client, goodCodes.Select(c => $"/api/v1/dossiers/{c}"))).ShouldBe(dossiersBefore, "the good dossiers are untouched");
        (await ReadAllAsync(client, [$"/api/v1/units/{Events.Unit}", $"/api/v1/units/{Events.Unit}/queue"])).ShouldBe(unitBefore, "the good unit's figures are untouched");

        // And the doors still work: a good event after the corpus is applied as before.
        (await Events.PostAsync(client, Events.Completed(later, "2026-11-24T09:00:00+07:00"))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var completed = await client.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{later}", TestContext.Current.CancellationToken);
        completed.GetProperty("status").GetString().ShouldBe("ResultReady");
        completed.GetProperty("timeliness").GetString().ShouldBe("Early");
    }

    private static async Task<string[]> ReadAllAsync(HttpClient client, IEnumerable<string> paths)
    {
        var texts = new List<string>();
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            texts.Add(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        return [.. texts];
    }
}
