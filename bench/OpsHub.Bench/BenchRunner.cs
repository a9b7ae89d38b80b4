using System.Diagnostics;
using OpsHub.Bench.Ceiling;
using OpsHub.Bench.Infrastructure;
using OpsHub.Bench.Reporting;
using OpsHub.Bench.Scenarios;

namespace OpsHub.Bench;

/// <summary>
/// Runs every scenario once, in an order that keeps them from disturbing each other: the ceiling before OpsHub starts,
/// freshness on a quiet silo, the open dossiers (alerts and memory) before the ingest load, the restart with them stored,
/// and the ingest scenarios last, since they leave a journal backlog the applier works through; the closed loop
/// runs twice, the second time on a silo that does not apply the journal, to show the door's own capacity.
/// </summary>
internal sealed class BenchRunner(BenchOptions options, string root)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var header = $"Machine: {Machine.Describe()}\nMode: {(options.IsQuick ? "quick" : "full")}; load average at start: {ProcessMemory.LoadAverage()}";
        Log(header);
        if (options.IngestOnly)
        {
            return await IngestOnlyAsync(cancellationToken);
        }

        if (options.PacedOnly)
        {
            return await PacedOnlyAsync(cancellationToken);
        }

        Log($"ceiling: echo grains for {options.CeilingDuration.TotalSeconds:N0} s");
        var ceiling = await new CeilingScenario(options).RunAsync(cancellationToken);
        Log($"ceiling: {ceiling.CallsPerSecond:N0} calls/s");

        await using var postgres = NewPostgres();
        await postgres.StartAsync(options.Statements, cancellationToken);
        Log("postgres: started");
        await using var database = new BenchDatabase(postgres.ConnectionString);
        var settings = SiloSettings.Fresh(postgres.ConnectionString);
        var silo = SiloProcess.Start(root, settings);
        try
        {
            var client = silo.CreateClient();
            await silo.WaitReadyAsync(client, TimeSpan.FromMinutes(3), cancellationToken);
            Log($"silo: ready (pid {silo.Pid})");

            // The fresh silo's memory at rest, measured as the restart scenario measures the restarted one.
            await Task.Delay(RestartScenario.Settle, cancellationToken);
            var freshRss = ProcessMemory.ResidentMiB(silo.Pid);
            Log($"silo: at rest {freshRss:N0} MiB RSS");

            var freshness = await new FreshnessScenario(options, silo, client).RunAsync(cancellationToken);
            Log($"freshness: p50 {freshness.P50:N0} ms, p95 {freshness.P95:N0} ms");
            await StatementsAsync(postgres, "freshness", cancellationToken);

            var alerts = await new AlertScenario(options, silo, client, database, Log).RunAsync(cancellationToken);
            Log($"alerts: p99 {alerts.P99:N0} ms over {alerts.Alerts:N0} alerts");
            await StatementsAsync(postgres, "alerts", cancellationToken);

            client.Dispose();
            var (restart, restarted) = await new RestartScenario(root, settings, options.OpenDossiers, options.Dossiers).RunAsync(silo, cancellationToken);
            silo = restarted;
            Log($"restart: ready in {restart.ReadySeconds:N1} s, serving in {restart.ServingSeconds:N1} s");

            client = silo.CreateClient(Math.Max(options.IngestClients, 256));
            var paced = await new PacedIngest(options, client, Log).RunAsync("PACED", cancellationToken);
            Log($"paced: {paced.EventsPerSecond:N0} events/s, p99 {paced.P99:N1} ms");
            await StatementsAsync(postgres, "paced", cancellationToken);

            var ingest = await new ClosedLoopIngest(options, client).RunAsync("LOAD", cancellationToken);
            Log($"ingest: {ingest.EventsPerSecond:N0} events/s acknowledged, p99 {ingest.P99:N0} ms");
            await StatementsAsync(postgres, "ingest", cancellationToken);
            client.Dispose();

            // The same load on a silo that does not apply the journal: what the door and the journal take on their own.
            await silo.DisposeAsync();
            silo = SiloProcess.Start(root, settings, applyJournal: false);
            client = silo.CreateClient(Math.Max(options.IngestClients, 256));
            await silo.WaitReadyAsync(client, TimeSpan.FromMinutes(3), cancellationToken);
            var journalOnly = await new ClosedLoopIngest(options, client).RunAsync("JOURNAL", cancellationToken);
            Log($"ingest, applier off: {journalOnly.EventsPerSecond:N0} events/s acknowledged, p99 {journalOnly.P99:N0} ms");
            client.Dispose();

            var table = ResultTable.Render(new BenchResults(options, freshRss, ceiling, freshness, alerts, restart, paced, ingest, journalOnly));
            return $"{header}\nSizes: {Sizes()}\nLoad average at end: {ProcessMemory.LoadAverage()}; run took {_clock.Elapsed.TotalMinutes:N1} min\n\n{table}";
        }
        finally
        {
            await silo.DisposeAsync();
        }
    }

    // Diagnostic: the closed loop alone, applier on and then off, then the applier alone on the backlog they left, on a
    // fresh database, with CPU per event; each silo's pid is logged for profilers.
    private async Task<string> IngestOnlyAsync(CancellationToken cancellationToken)
    {
        await using var postgres = NewPostgres();
        await postgres.StartAsync(options.Statements, cancellationToken);
        var settings = DiagnosticSettings(postgres);
        var lines = await ApplierOnAndOffAsync(postgres, settings, "ingest", async (apply, client) =>
        {
            var result = await new ClosedLoopIngest(options, client).RunAsync(Fresh(apply ? "LOAD" : "JOURNAL"), cancellationToken);
            return (result, $"p50 {result.P50:N0} ms, p99 {result.P99:N0} ms");
        }, cancellationToken);

        // The backlog both runs left, applied by a silo that does nothing else: the applier's own rate and cost.
        await using (var drain = SiloProcess.Start(root, settings))
        {
            using var client = drain.CreateClient();
            await drain.WaitReadyAsync(client, TimeSpan.FromMinutes(3), cancellationToken);
            Log($"silo: ready (pid {drain.Pid}), applying the backlog");
            // The first seconds after a start are the JIT's; the window opens after them.
            await Task.Delay(TimeSpan.FromSeconds(15), cancellationToken);
            string[] samples = ["opshub_ingest_applied_total{outcome=\"applied\"", "system_runtime_dotnet_gc_heap_total_allocated"];
            var (before, siloCpu, machineCpu) = (await SiloMetrics.SumsAsync(client, samples, cancellationToken), CpuTime.ProcessSeconds(drain.Pid), CpuTime.MachineBusySeconds());
            await Task.Delay(options.IngestDuration, cancellationToken);
            var after = await SiloMetrics.SumsAsync(client, samples, cancellationToken);
            (siloCpu, machineCpu) = (CpuTime.ProcessSeconds(drain.Pid) - siloCpu, CpuTime.MachineBusySeconds() - machineCpu);
            var applied = after[0] - before[0];
            var perEvent = 1 / Math.Max(1, applied);
            var line = $"apply, nothing else running: {applied / options.IngestDuration.TotalSeconds:N0} events/s ({applied:N0}); per event: silo CPU {siloCpu * 1e6 * perEvent:N0} µs, "
                + $"machine CPU {machineCpu * 1e6 * perEvent:N0} µs, {(after[1] - before[1]) * perEvent / 1024:N0} KiB allocated";
            Log(line);
            lines.Add(line);
            await StatementsAsync(postgres, "apply", cancellationToken);
        }

        return string.Join('\n', lines);
    }

    // Diagnostic: the paced (open-loop) acknowledgement run alone, applier on and then off, on a fresh database, with
    // CPU per event, so that its tail can be compared between builds in minutes instead of a full run.
    private async Task<string> PacedOnlyAsync(CancellationToken cancellationToken)
    {
        await using var postgres = NewPostgres();
        await postgres.StartAsync(options.Statements, cancellationToken);
        string[] applied = ["opshub_ingest_applied_total{outcome=\"applied\""];
        var lines = await ApplierOnAndOffAsync(postgres, DiagnosticSettings(postgres), "paced", async (apply, client) =>
        {
            var before = await SiloMetrics.SumsAsync(client, applied, cancellationToken);
            var result = await new PacedIngest(options, client, Log).RunAsync(Fresh(apply ? "PACED" : "PACEDOFF"), cancellationToken);
            var after = await SiloMetrics.SumsAsync(client, applied, cancellationToken);
            return (result, $"p50 {result.P50:N1}, p95 {result.P95:N1}, p99 {result.P99:N1}, max {result.Max:N1} ms; "
                + $"{(after[0] - before[0]) / options.PacedDuration.TotalSeconds:N0} events/s applied meanwhile");
        }, cancellationToken);
        return string.Join('\n', lines);
    }

    // A diagnostic's scenario on a silo with the applier on, then on one with it off, on the same database: each line
    // gets the CPU time per acknowledged event (the silo's and the machine's), and each silo's pid is logged for profilers.
    private async Task<List<string>> ApplierOnAndOffAsync(
        BenchPostgres postgres, SiloSettings settings, string scenario, Func<bool, HttpClient, Task<(IngestResult Result, string Detail)>> run, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        foreach (var apply in new[] { true, false })
        {
            await using var silo = SiloProcess.Start(root, settings, applyJournal: apply);
            using var client = silo.CreateClient(Math.Max(options.IngestClients, 256));
            await silo.WaitReadyAsync(client, TimeSpan.FromMinutes(3), cancellationToken);
            Log($"silo: ready (pid {silo.Pid}), applier {(apply ? "on" : "off")}");
            var (siloCpu, postgresCpu, benchCpu, machineCpu) = (CpuTime.ProcessSeconds(silo.Pid), CpuTime.TreeSeconds(postgres.ServerPid), CpuTime.ProcessSeconds(Environment.ProcessId), CpuTime.MachineBusySeconds());
            var (result, detail) = await run(apply, client);
            (siloCpu, postgresCpu, benchCpu, machineCpu) = (CpuTime.ProcessSeconds(silo.Pid) - siloCpu, CpuTime.TreeSeconds(postgres.ServerPid) - postgresCpu,
                CpuTime.ProcessSeconds(Environment.ProcessId) - benchCpu, CpuTime.MachineBusySeconds() - machineCpu);
            var perEvent = 1e6 / Math.Max(1, result.Accepted);
            var line = $"{scenario}, applier {(apply ? "on" : "off")}: {result.EventsPerSecond:N0} events/s acknowledged ({result.Accepted:N0}, {result.Failed:N0} failed), "
                + $"{detail}; CPU per event: silo {siloCpu * perEvent:N1} µs, PostgreSQL {postgresCpu * perEvent:N1} µs, load generator {benchCpu * perEvent:N1} µs, "
                + $"machine {machineCpu * perEvent:N1} µs";
            Log(line);
            lines.Add(line);
            await StatementsAsync(postgres, $"{scenario}, applier {(apply ? "on" : "off")}", cancellationToken);
        }

        return lines;
    }

    // PostgreSQL's throwaway cluster, in a new folder under the work directory (a copy of --from-database's, if given).
    private BenchPostgres NewPostgres() =>
        new(Path.Combine(options.WorkDirectory ?? Path.GetTempPath(), $"opshub-bench-{Guid.NewGuid():N}"), options, Log);

    // A kept database holds the backlog its run left unapplied (the closed loops'), older than readiness allows.
    private SiloSettings DiagnosticSettings(BenchPostgres postgres) => options.FromDatabase is null
        ? SiloSettings.Fresh(postgres.ConnectionString)
        : SiloSettings.Fresh(postgres.ConnectionString) with { Extra = new Dictionary<string, string> { ["OpsHub:Health:MaxPendingAge"] = "30.00:00:00" } };

    // Dossier codes no earlier run used: a database copied from a kept run already holds the codes with the plain prefixes.
    private string Fresh(string prefix) => options.FromDatabase is null ? prefix : $"{prefix}R{_runTag}";

    private readonly string _runTag = DateTime.UtcNow.ToString("MMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

    private string Sizes() =>
        $"ceiling {options.CeilingDuration.TotalSeconds:N0} s x {options.CeilingConcurrency} in flight; freshness {options.FreshnessEvents} events at {options.FreshnessRate}/s; "
        + $"{options.OpenDossiers:N0} open dossiers, {options.Dossiers:N0} of them due over {options.AlertSpread.TotalSeconds:N0} s; paced {options.PacedRate:N0} events/s for {options.PacedDuration.TotalSeconds:N0} s after a {options.PacedLeadIn.TotalSeconds:N0} s lead-in; "
        + $"closed loop {options.IngestClients} clients x {options.IngestBatch} events for {options.IngestDuration.TotalSeconds:N0} s";

    private async Task StatementsAsync(BenchPostgres postgres, string scenario, CancellationToken cancellationToken)
    {
        if (options.Statements)
        {
            Log($"statements during {scenario}, busiest first:\n{await postgres.TakeStatementsAsync(15, cancellationToken)}");
        }
    }

    private void Log(string line) => Console.Error.WriteLine($"[{_clock.Elapsed:mm\\:ss}] {line}");
}
