using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpsHub.Ingest.Journal;
using OpsHub.Silo.Tests.Infrastructure;

namespace OpsHub.Silo.Tests.Slice;

/// <summary>The <c>opshub import</c> and <c>simulate</c> commands against a real OpsHub over loopback HTTP.</summary>
public sealed class ImportCommandTests(ListeningOpsHubServer server) : IClassFixture<ListeningOpsHubServer>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("opshub-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ImportAppliesAFileOnceAndReportsEveryLineAsDuplicateTheSecondTime()
    {
        using var client = server.CreateClient();
        var codes = Enumerable.Range(0, 20).Select(_ => Events.NewDossierCode()).ToList();
        var file = Write("twice.ndjson", [.. codes.SelectMany(Lifecycle)]);

        var first = await RunAsync(client, "import", file, "--batch-size", "7");
        var second = await RunAsync(client, "import", file, "--restart");

        first.ExitCode.ShouldBe(0, first.Output);
        Count(first.Output, "applied").ShouldBe(40);
        second.ExitCode.ShouldBe(0, second.Output);
        Count(second.Output, "applied").ShouldBe(0);
        Count(second.Output, "duplicates").ShouldBe(40);
        await WaitForDossiersAsync(client, codes);
    }

    [Fact]
    public async Task ImportsACloudEventsBatchFileOnceAndReimportIsAllDuplicates()
    {
        using var client = server.CreateClient();
        var codes = Enumerable.Range(0, 5).Select(_ => Events.NewDossierCode()).ToList();
        var events = codes.SelectMany(c => new[]
        {
            CloudEvent("r-" + c, "vn.opshub.dossier.received", c, "2026-11-20T14:00:00+07:00", new { procedureCode = "HT-KHAISINH", unitCode = Events.Unit, channel = 2 }),
            CloudEvent("c-" + c, "vn.opshub.dossier.completed", c, "2026-11-20T14:30:00+07:00", new { }),
        });
        var file = Path.Combine(_folder, "batch.json");
        await File.WriteAllTextAsync(file, "[\n  " + string.Join(",\n  ", events) + "\n]\n", TestContext.Current.CancellationToken);

        var first = await RunAsync(client, "import", file, "--batch-size", "3");
        var second = await RunAsync(client, "import", file, "--restart");

        first.ExitCode.ShouldBe(0, first.Output);
        first.Output.ShouldContain("(cloudevents)");
        Count(first.Output, "applied").ShouldBe(10);
        Count(second.Output, "duplicates").ShouldBe(10);
        Count(second.Output, "applied").ShouldBe(0);
        var dossier = await WaitForDossiersAsync(client, codes);
        dossier.GetProperty("channel").GetString().ShouldBe("Online");
    }

    [Fact]
    public async Task ImportsAPortalCsvInChunksOnceAndReimportIsAllDuplicates()
    {
        using var client = server.CreateClient();
        var (open, returned, other) = (Events.NewDossierCode(), Events.NewDossierCode(), Events.NewDossierCode());
        var file = Write(
            "hoso.csv",
            "MaHoSo,MaTTHC,DonViXuLy,KenhThucHien,NgayTiepNhan,NgayHenTra,TrangThaiHoSo,NgayKetThucXuLy,NgayTra,TrichYeuHoSo",
            $"{open},HT-KHAISINH,{Events.Unit},1,20261120080500,20261120170000,2,,,\"Đăng ký khai sinh,\nbé An\"",
            $"{returned},HT-KETHON,{Events.Unit},2,20261116091000,20261123170000,10,20261120100000,20261120143000,Đăng ký kết hôn",
            $"{other},HT-KHAISINH,{Events.Unit},2,20261119091000,20261120170000,2,,,khai sinh");

        var first = await RunAsync(client, "import", file, "--batch-size", "1");
        var second = await RunAsync(client, "import", file, "--restart", "--batch-size", "2");

        first.ExitCode.ShouldBe(0, first.Output);
        first.Output.ShouldContain("(portal-csv)");
        Count(first.Output, "items read").ShouldBe(3);
        Count(first.Output, "applied").ShouldBe(5); // a receipt; receipt, result ready, handed back; a receipt
        Count(first.Output, "checkpoint").ShouldBe(5);
        second.ExitCode.ShouldBe(0, second.Output);
        Count(second.Output, "applied").ShouldBe(0);
        Count(second.Output, "duplicates").ShouldBe(5);
        (await WaitForDossiersAsync(client, [returned], "Returned")).GetProperty("status").GetString().ShouldBe("Returned");
    }

    [Fact]
    public async Task ResumesAfterAnInterruptionWithoutIngestingAnythingTwice()
    {
        using var client = server.CreateClient();
        var codes = Enumerable.Range(0, 5).Select(_ => Events.NewDossierCode()).ToList();
        var lines = codes.SelectMany(Lifecycle).ToList();
        var file = Write("resume.ndjson", [.. lines.Take(6)]);
        var first = await RunAsync(client, "import", file, "--batch-size", "2");

        // Interrupted after OpsHub answered for line 6 but before the checkpoint said so; the rest arrives later.
        await File.WriteAllTextAsync(file + ".opshub-import", """{"line":4,"updatedAt":"2026-11-20T15:00:00+07:00"}""", TestContext.Current.CancellationToken);
        await File.AppendAllLinesAsync(file, lines.Skip(6), TestContext.Current.CancellationToken);
        var second = await RunAsync(client, "import", file, "--batch-size", "2");

        Count(first.Output, "applied").ShouldBe(6);
        second.ExitCode.ShouldBe(0, second.Output);
        Count(second.Output, "skipped").ShouldBe(4);
        Count(second.Output, "duplicates").ShouldBe(2);
        Count(second.Output, "applied").ShouldBe(4);
        Count(second.Output, "checkpoint").ShouldBe(10);
        await WaitForDossiersAsync(client, codes);
    }

    [Fact]
    public async Task HoldsAnEventThatCameBeforeItsReceiptInAnEarlierBatchAndAppliesItAfter()
    {
        using var client = server.CreateClient();
        var code = Events.NewDossierCode();
        var file = Write("out-of-order.ndjson", [.. Lifecycle(code).Reverse()]);

        var run = await RunAsync(client, "import", file, "--batch-size", "1");

        run.ExitCode.ShouldBe(0, run.Output);
        Count(run.Output, "applied").ShouldBe(2);
        var dossier = await WaitForDossiersAsync(client, [code], "ResultReady");
        dossier.GetProperty("timeline").GetProperty("refusals").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task ReportsEachRejectedLineWithItsReasonAndAppliesTheRest()
    {
        using var client = server.CreateClient();
        var code = Events.NewDossierCode();
        var file = Write(
            "rejects.ndjson",
            Json(Events.Received(code, "2026-11-20T14:00:00+07:00", 2)),
            Json(Events.Received(Events.NewDossierCode(), "2026-11-20T14:00:00+07:00", 2, unit: "LD-NOWHERE")),
            """{"type":"dossier.completed","dossierCode":"LD-X-1"}""",
            Json(Events.Completed(code, "2026-11-20T14:30:00+07:00")));

        var run = await RunAsync(client, "import", file);

        run.ExitCode.ShouldBe(1, run.Output);
        Count(run.Output, "applied").ShouldBe(2);
        Count(run.Output, "rejected").ShouldBe(2);
        run.Output.ShouldContain("line 2: rejected:");
        run.Output.ShouldContain("LD-NOWHERE");
        run.Output.ShouldContain("line 3: rejected: occurredAt");
        Count(run.Output, "checkpoint").ShouldBe(4);
    }

    [Fact]
    public async Task SimulatorTrafficWithCountersTicketsAndRatingsIsAcceptedAndApplied()
    {
        using var client = server.CreateClient();

        var run = await RunAsync(client, "simulate", "--start", "2026-11-16T07:00:00+07:00", "--speed", "1000000", "--max-events", "600", "--seed", "5");

        run.ExitCode.ShouldBe(0, run.Output);
        Count(run.Output, "rejected").ShouldBe(0);
        (Count(run.Output, "applied") + Count(run.Output, "duplicates")).ShouldBe(600);

        // The journal applies in sequence order, so once an event posted afterwards is applied, so is the run.
        var sentinel = Events.NewDossierCode();
        // Hundreds of events go before it: allow the applier a minute on a loaded machine.
        var posted = await client.PostAsJsonAsync("/api/v1/events", Events.Received(sentinel, "2026-11-20T14:00:00+07:00", 2), TestContext.Current.CancellationToken);
        posted.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await Events.WaitAppliedAsync(client, Events.SeqOf(posted), TimeSpan.FromMinutes(1));
        var dead = await client.GetFromJsonAsync<List<DeadLetter>>("/api/v1/ingest/dead-letters?limit=10000", TestContext.Current.CancellationToken);
        dead!.Where(d => d.Payload.Contains("2026-11-16", StringComparison.Ordinal)).Select(d => $"{d.Reason} {d.Payload}").ShouldBeEmpty();
        var queue = await client.GetFromJsonAsync<JsonElement>("/api/v1/units/LD-PVHCC/queue", TestContext.Current.CancellationToken);
        queue.GetProperty("version").GetInt64().ShouldBeGreaterThan(0, "the simulated shop's queue received events");
    }

    private static IEnumerable<string> Lifecycle(string code) =>
        [Json(Events.Received(code, "2026-11-20T14:00:00+07:00", 2)), Json(Events.Completed(code, "2026-11-20T14:30:00+07:00"))];

    private static string Json(object e) => JsonSerializer.Serialize(e);

    private static string CloudEvent(string id, string type, string subject, string time, object data) =>
        JsonSerializer.Serialize(new { specversion = "1.0", id, source = "urn:test:import", type, subject, time, data });

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static async Task<JsonElement> WaitForDossiersAsync(HttpClient client, IReadOnlyList<string> codes, string? status = null)
    {
        JsonElement last = default;
        foreach (var code in codes)
        {
            using var response = await Eventually.GetAsync(
                () => client.GetAsync($"/api/v1/dossiers/{code}", TestContext.Current.CancellationToken),
                r => r.IsSuccessStatusCode, TimeSpan.FromSeconds(10), $"dossier {code} imported");
            last = await Eventually.GetAsync(
                async () => JsonSerializer.Deserialize<JsonElement>(await client.GetStringAsync($"/api/v1/dossiers/{code}", TestContext.Current.CancellationToken)),
                d => status is null || d.GetProperty("status").GetString() == status, TimeSpan.FromSeconds(10), $"dossier {code} {status}");
        }

        return last;
    }

    private static long Count(string output, string label)
    {
        var match = Regex.Match(output, $@"^\s*{Regex.Escape(label)}\s+(\d+)", RegexOptions.Multiline);
        match.Success.ShouldBeTrue($"no '{label}' in:\n{output}");
        return long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(HttpClient client, params string[] args)
    {
        var cli = Path.Combine(SiloProcess.RepositoryRoot(), "Ingest", "OpsHub.Cli", "bin", SiloProcess.BuildConfiguration, "net10.0", "opshub.dll");
        var start = new ProcessStartInfo("dotnet", [cli, .. args, "--url", client.BaseAddress!.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["OPSHUB_API_KEY"] = OpsHubServer.DevApiKey;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
