using System.Net;
using System.Net.Sockets;

namespace OpsHub.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("opshub-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task CountsAppliedAndReportsTheBadLineWithItsNumberWhenALineLacksDossierCode()
    {
        await using var hub = await FakeOpsHub.StartAsync();
        var file = Write("bad.ndjson", Line(1), Line(2), """{"type":"dossier.received","occurredAt":"2026-11-23T08:00:00+07:00"}""", Line(3), "", Line(4));

        var run = await CliRun.RunAsync(["import", file, "--url", hub.Url.ToString()]);

        run.ExitCode.ShouldBe(1);
        run.Count("items read").ShouldBe(6);
        run.Count("applied").ShouldBe(4);
        run.Count("duplicates").ShouldBe(0);
        run.Count("rejected").ShouldBe(1);
        run.Count("failed").ShouldBe(0);
        run.Count("blank").ShouldBe(1);
        run.Error.ShouldContain("line 3: rejected: dossierCode: Required.");
        run.Out.ShouldContain("line 3: dossierCode: Required.");
        hub.Requests.ShouldBe(1);
    }

    [Fact]
    public async Task CountsDuplicatesWhenTheSameFileIsImportedAgain()
    {
        await using var hub = await FakeOpsHub.StartAsync();
        var file = Write("twice.ndjson", Line(1), Line(2), Line(3));

        var first = await CliRun.RunAsync(["import", file, "--url", hub.Url.ToString()]);
        var second = await CliRun.RunAsync(["import", file, "--url", hub.Url.ToString(), "--restart"]);

        first.ExitCode.ShouldBe(0);
        first.Count("applied").ShouldBe(3);
        second.ExitCode.ShouldBe(0);
        second.Count("applied").ShouldBe(0);
        second.Count("duplicates").ShouldBe(3);
    }

    [Fact]
    public async Task ContinuesAfterTheCheckpointWhenRunAgain()
    {
        await using var hub = await FakeOpsHub.StartAsync();
        var file = Write("resume.ndjson", Line(1), Line(2), Line(3));
        var first = await CliRun.RunAsync(["import", file, "--url", hub.Url.ToString()]);
        File.AppendAllLines(file, [Line(4), Line(5)]);

        var second = await CliRun.RunAsync(["import", file, "--url", hub.Url.ToString()]);

        first.Count("checkpoint").ShouldBe(3);
        File.Exists(file + ".opshub-import").ShouldBeTrue();
        second.ExitCode.ShouldBe(0);
        second.Count("skipped").ShouldBe(3);
        second.Count("applied").ShouldBe(2);
        second.Count("duplicates").ShouldBe(0);
        second.Count("checkpoint").ShouldBe(5);
        hub.Items.ShouldBe(5);
    }

    [Fact]
    public async Task RetriesAfterRetryAfterWhenThrottled()
    {
        await using var hub = await FakeOpsHub.StartAsync(throttles: 1);
        var file = Write("throttled.ndjson", Line(1), Line(2));

        var run = await CliRun.RunAsync(["import", file, "--url", hub.Url.ToString()]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Count("applied").ShouldBe(2);
        hub.Throttled.ShouldBe(1);
        hub.Requests.ShouldBe(2);
    }

    [Fact]
    public async Task RetriesWithBackoffWhenOpsHubIsBrieflyUnavailable()
    {
        await using var hub = await FakeOpsHub.StartAsync(outages: 1);
        var file = Write("outage.ndjson", Line(1), Line(2));

        var run = await CliRun.RunAsync(["import", file, "--url", hub.Url.ToString()]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Count("applied").ShouldBe(2);
        run.Count("duplicates").ShouldBe(0);
        hub.Requests.ShouldBe(2);
    }

    [Fact]
    public async Task ReadsStandardInputWhenFileIsDash()
    {
        await using var hub = await FakeOpsHub.StartAsync();

        var run = await CliRun.RunAsync(["import", "-", "--url", hub.Url.ToString()], string.Join('\n', Line(1), Line(2), Line(1)));

        run.ExitCode.ShouldBe(0);
        run.Count("applied").ShouldBe(2);
        run.Count("duplicates").ShouldBe(1);
    }

    [Fact]
    public async Task StopsAndKeepsTheCheckpointWhenOpsHubIsUnreachable()
    {
        var file = Write("down.ndjson", Line(1), Line(2));

        var run = await CliRun.RunAsync(["import", file, "--url", $"http://127.0.0.1:{ClosedPort()}"]);

        run.ExitCode.ShouldBe(1);
        run.Count("failed").ShouldBe(2);
        run.Count("checkpoint").ShouldBe(0);
        run.Error.ShouldContain("line 1–2: failed");
    }

    [Fact]
    public async Task RejectsLinesThatAreNotJsonWithoutSendingThem()
    {
        await using var hub = await FakeOpsHub.StartAsync();
        var file = Write("garbage.ndjson", "not json", Line(1));

        var run = await CliRun.RunAsync(["import", file, "--url", hub.Url.ToString()]);

        run.ExitCode.ShouldBe(1);
        run.Count("rejected").ShouldBe(1);
        run.Count("applied").ShouldBe(1);
        run.Error.ShouldContain("line 1: rejected: not sent");
        hub.Requests.ShouldBe(1);
    }

    private static string Line(int n) =>
        $$"""{"type":"dossier.received","dossierCode":"LD-ANNGAI-261123-{{n:D5}}","occurredAt":"2026-11-23T08:00:00+07:00","procedureCode":"HT-KHAISINH","unitCode":"LD-ANNGAI","channel":2}""";

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
