using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Slice;

/// <summary>The <c>opshub import</c> command against a real OpsHub over loopback HTTP.</summary>
public sealed class ImportCommandTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task ImportAppliesAFileOnceAndReportsEveryLineAsDuplicateTheSecondTime()
    {
        await using var server = new OpsHubServer(
            await postgres.CreateDatabaseAsync("import", TestContext.Current.CancellationToken),
            new FakeTimeProvider(Events.At("2026-11-20T15:00:05+07:00")), kestrel: true);
        server.StartServer();
        using var client = server.CreateClient();
        var codes = Enumerable.Range(0, 20).Select(_ => Events.NewDossierCode()).ToList();
        var file = Path.Combine(Path.GetTempPath(), $"opshub-import-{Guid.NewGuid():N}.ndjson");
        await File.WriteAllLinesAsync(
            file,
            [.. codes.SelectMany(c => new[] { Events.Received(c, "2026-11-20T15:00:00+07:00", 2), Events.Completed(c, "2026-11-20T16:00:00+07:00") }).Select(e => JsonSerializer.Serialize(e))],
            TestContext.Current.CancellationToken);

        try
        {
            var first = await RunImportAsync(client.BaseAddress!, file);
            var second = await RunImportAsync(client.BaseAddress!, file, "--restart");

            first.ExitCode.ShouldBe(0, first.Output);
            first.Output.ShouldContain("applied");
            second.ExitCode.ShouldBe(0, second.Output);
            Count(second.Output, "duplicates").ShouldBe(40);
            foreach (var code in codes)
            {
                await Eventually.GetAsync(
                    () => client.GetAsync($"/api/v1/dossiers/{code}", TestContext.Current.CancellationToken),
                    r => r.IsSuccessStatusCode, TimeSpan.FromSeconds(10), $"dossier {code} imported");
            }
        }
        finally
        {
            File.Delete(file);
            File.Delete(file + ".opshub-import");
        }
    }

    private static int Count(string output, string label) =>
        int.Parse(output.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith(label, StringComparison.Ordinal))[label.Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<(int ExitCode, string Output)> RunImportAsync(Uri url, string file, params string[] extra)
    {
        var cli = Path.Combine(SiloProcess.RepositoryRoot(), "Ingest", "OpsHub.Cli", "bin", SiloProcess.BuildConfiguration, "net10.0", "opshub.dll");
        var start = new ProcessStartInfo("dotnet", [cli, "import", file, "--url", url.ToString(), .. extra])
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
