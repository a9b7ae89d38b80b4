namespace OpsHub.Cli.Tests;

/// <summary><c>opshub import</c> in batches, for each format, against the fake bulk doors.</summary>
public sealed class BatchImportTests : IDisposable
{
    private const string Header = "MaHoSo,MaTTHC,DonViXuLy,KenhThucHien,NgayTiepNhan,TrangThaiHoSo,TrichYeuHoSo";
    private readonly string _folder = Directory.CreateTempSubdirectory("opshub-batch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task SendsOneRequestPerBatchWhenBatchSizeIsGiven()
    {
        await using var hub = await FakeOpsHub.StartAsync();
        var file = Write("five.ndjson", [.. Enumerable.Range(1, 5).Select(Line)]);

        var run = await CliRun.RunAsync(["import", file, "--url", hub.Url.ToString(), "--batch-size", "2"]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Count("applied").ShouldBe(5);
        hub.Requests.ShouldBe(3);
        hub.ContentTypes.ShouldAllBe(t => t.StartsWith("application/x-ndjson", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckpointStaysBeforeTheBatchOpsHubNeverAnsweredWhenItGoesDown()
    {
        var file = Write("down-later.ndjson", [.. Enumerable.Range(1, 5).Select(Line)]);
        CliRun first;
        await using (var failing = await FakeOpsHub.StartAsync(answered: 1))
        {
            first = await CliRun.RunAsync(["import", file, "--url", failing.Url.ToString(), "--batch-size", "2"]);
        }

        await using var hub = await FakeOpsHub.StartAsync();
        var second = await CliRun.RunAsync(["import", file, "--url", hub.Url.ToString(), "--batch-size", "2"]);

        first.ExitCode.ShouldBe(1);
        first.Count("applied").ShouldBe(2);
        first.Count("failed").ShouldBe(2);
        first.Count("checkpoint").ShouldBe(2);
        second.ExitCode.ShouldBe(0, second.Error);
        second.Count("skipped").ShouldBe(2);
        second.Count("applied").ShouldBe(3);
        second.Count("checkpoint").ShouldBe(5);
    }

    [Fact]
    public async Task StopsWithoutRetryingOrMovingTheCheckpointWhenOpsHubRefusesTheRequest()
    {
        await using var hub = await FakeOpsHub.StartAsync(refuseWith: 401);
        var file = Write("refused.ndjson", Line(1), Line(2), Line(3));

        var run = await CliRun.RunAsync(["import", file, "--url", hub.Url.ToString()]);

        run.ExitCode.ShouldBe(1);
        run.Count("failed").ShouldBe(3);
        run.Count("rejected").ShouldBe(0);
        run.Count("checkpoint").ShouldBe(0);
        run.Out.ShouldContain("refused: 401");
        run.Out.ShouldContain("The API key is not known.");
        hub.Requests.ShouldBe(1);
    }

    [Fact]
    public async Task RepeatsTheHeaderInEveryChunkAndNamesTheFileLineWhenACsvRecordIsRejected()
    {
        await using var hub = await FakeOpsHub.StartAsync();
        var file = Write("records.csv", Header, Record(1), "\"LD-2\",HT-KHAISINH,LD-ANNGAI,1,20261123080000,2,\"hai\ndòng\"", Record(3), Record(4).Replace("LD-4", "BAD", StringComparison.Ordinal), Record(5));

        var run = await CliRun.RunAsync(["import", file, "--url", hub.Url.ToString(), "--batch-size", "2"]);

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("(portal-csv)");
        run.Count("items read").ShouldBe(5);
        run.Count("applied").ShouldBe(4);
        run.Count("rejected").ShouldBe(1);
        run.Error.ShouldContain("line 6: rejected: MaHoSo: BAD");
        run.Count("checkpoint").ShouldBe(7);
        hub.Bodies.Count.ShouldBe(3);
        hub.Bodies.ShouldAllBe(b => b.StartsWith(Header + "\n", StringComparison.Ordinal));
        hub.ContentTypes.ShouldAllBe(t => t.StartsWith("text/csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReimportOfACsvIsAllDuplicates()
    {
        await using var hub = await FakeOpsHub.StartAsync();
        var file = Write("again.csv", Header, Record(1), Record(2), Record(3));

        var first = await CliRun.RunAsync(["import", file, "--url", hub.Url.ToString()]);
        var second = await CliRun.RunAsync(["import", file, "--url", hub.Url.ToString(), "--restart"]);

        first.Count("applied").ShouldBe(3);
        second.ExitCode.ShouldBe(0, second.Error);
        second.Count("applied").ShouldBe(0);
        second.Count("duplicates").ShouldBe(3);
    }

    [Fact]
    public async Task PostsACloudEventsArrayAsBatchesAndNamesTheRejectedItem()
    {
        await using var hub = await FakeOpsHub.StartAsync();
        var file = Path.Combine(_folder, "batch.json");
        File.WriteAllText(file, "[\n" + string.Join(",\n", CloudEvent("a"), CloudEvent("b"), """{"specversion":"1.0","source":"test","type":"vn.opshub.dossier.completed"}""", CloudEvent("d")) + "\n]");

        var run = await CliRun.RunAsync(["import", file, "--url", hub.Url.ToString(), "--batch-size", "3"]);

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("(cloudevents)");
        run.Count("applied").ShouldBe(3);
        run.Error.ShouldContain("item 3: rejected: id: Required.");
        run.Count("checkpoint").ShouldBe(4);
        hub.Requests.ShouldBe(2);
        hub.ContentTypes.ShouldAllBe(t => t.StartsWith("application/cloudevents-batch+json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SniffsCsvOnStandardInputWhenNoFormatIsGiven()
    {
        await using var hub = await FakeOpsHub.StartAsync();

        var run = await CliRun.RunAsync(["import", "-", "--url", hub.Url.ToString()], string.Join('\n', "", Header, Record(1), Record(2)));

        run.ExitCode.ShouldBe(0, run.Error);
        run.Count("applied").ShouldBe(2);
        hub.ContentTypes.Single().ShouldStartWith("text/csv");
    }

    [Fact]
    public async Task ReadsTheFormatOptionOverTheExtension()
    {
        await using var hub = await FakeOpsHub.StartAsync();
        var file = Write("events.txt", Line(1));

        var run = await CliRun.RunAsync(["import", file, "--url", hub.Url.ToString(), "--format", "ndjson"]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("(ndjson)");
        run.Count("applied").ShouldBe(1);
    }

    private static string Line(int n) =>
        $$"""{"type":"dossier.received","dossierCode":"LD-ANNGAI-261123-{{n:D5}}","occurredAt":"2026-11-23T08:00:00+07:00","procedureCode":"HT-KHAISINH","unitCode":"LD-ANNGAI","channel":2}""";

    private static string Record(int n) => $"LD-{n},HT-KHAISINH,LD-ANNGAI,1,20261123080000,2,\"khai sinh, con {n}\"";

    private static string CloudEvent(string id) =>
        $$"""{"specversion":"1.0","id":"{{id}}","source":"test","type":"vn.opshub.dossier.completed","subject":"D-{{id}}","time":"2026-11-23T09:00:00+07:00"}""";

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
