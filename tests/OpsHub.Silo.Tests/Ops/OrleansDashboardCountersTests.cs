using System.Net.Http.Json;
using System.Text.Json;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Ops;

/// <summary>
/// The Orleans dashboard's counter collector (an OpenTelemetry meter provider reading every Orleans instrument once
/// a second) collects only when <c>OpsHub:Silo:OrleansDashboardCounters</c> asks for it: it took 16% of a core while
/// a silo applied a backfill (BENCHMARKS.md, run 13). Each silo is a process of its own, since the switch is the
/// process's.
/// </summary>
public sealed class OrleansDashboardCountersTests(PostgresServerFixture postgres)
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("true", true)]
    public async Task TheSiloCountersPageIsFilledOnlyWhenAskedFor(string? setting, bool filled)
    {
        var token = TestContext.Current.CancellationToken;
        var database = await postgres.CreateDatabaseAsync("dashcounters", token);
        var settings = setting is null ? null : new Dictionary<string, string> { ["OpsHub:Silo:OrleansDashboardCounters"] = setting };
        await using var silo = await SiloProcess.StartAsync(database, $"dashcounters-{Guid.NewGuid():N}", FreePort.Next(), FreePort.Next(), settings);
        using var client = silo.CreateClient();

        var overview = await client.GetFromJsonAsync<JsonElement>("ops/orleans/DashboardCounters", token);
        var address = overview.GetProperty("hosts")[0].GetProperty("siloAddress").GetString()!;
        var counters = Array.Empty<string>();
        for (var look = 0; look < 10 && counters.Length == 0; look++)
        {
            // The collector exports once a second; a few seconds without counters means none are collected.
            await Task.Delay(TimeSpan.FromSeconds(1), token);
            var page = await client.GetFromJsonAsync<JsonElement>($"ops/orleans/SiloCounters/{Uri.EscapeDataString(address)}", token);
            counters = [.. page.EnumerateArray().Select(c => c.GetProperty("name").GetString()!)];
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{counters.Length} counters: {string.Join(", ", counters.Take(10))}");
        (counters.Length > 0).ShouldBe(filled);
    }
}
