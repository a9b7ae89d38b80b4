using System.Diagnostics;
using System.Text;
using OpsHub.Bench.Infrastructure;
using OpsHub.Bench.Load;

namespace OpsHub.Bench.Scenarios;

/// <summary>
/// First the open dossiers not due during the run (<see cref="BenchOptions.OpenDossiers"/> minus
/// <see cref="BenchOptions.Dossiers"/>, due weeks later), received and applied; then <see cref="BenchOptions.Dossiers"/>
/// receipts whose due instants fall in a window during the run (received a day before, spread
/// evenly over <see cref="BenchOptions.AlertSpread"/>, starting <see cref="BenchOptions.AlertLead"/> after their load
/// starts). All go to the same ten benchmark units and the catalogue's 40 procedures, so the units' ledgers, the
/// wake-up table and the stored states hold every open dossier while the deadlines fall. Measures the end-to-end apply
/// rate, the silo's resident memory before and after, and the lateness of every overdue alert (its raised_at minus
/// its due_at, as stored).
/// </summary>
internal sealed class AlertScenario(BenchOptions options, SiloProcess silo, HttpClient client, BenchDatabase database, Action<string> log)
{
    private const int Batch = 1_000;
    private const int Clients = 4;

    /// <summary>Working days the open dossiers not due during the run are given: none falls due, nor is warned of, before the run ends.</summary>
    private const decimal HeldWorkingDays = 60;

    public async Task<AlertResult> RunAsync(CancellationToken cancellationToken)
    {
        var n = options.Dossiers;
        var held = options.OpenDossiers - n;
        var rssBefore = ProcessMemory.ResidentMiB(silo.Pid);
        var heapBefore = await SiloMetrics.ManagedHeapMiBAsync(client, cancellationToken);
        var activationsBefore = await SiloMetrics.ActivationsAsync(client, cancellationToken);
        var sender = new BatchSender(client);
        var applying = TimeSpan.Zero;
        if (held > 0)
        {
            log($"alerts: {held:N0} open dossiers due in {HeldWorkingDays} working days first");
            var fill = Stopwatch.StartNew();
            await SendAsync(sender, held, (first, count) => HeldBody(first, count), cancellationToken);
            log($"alerts: {held:N0} receipts journaled in {fill.Elapsed.TotalSeconds:N1} s; waiting for the applier");
            await WaitAppliedAsync(fill, cancellationToken);
            applying += fill.Elapsed;
            log($"alerts: {held:N0} open dossiers applied in {fill.Elapsed.TotalSeconds:N1} s ({held / fill.Elapsed.TotalSeconds:N0}/s)");
        }

        // Long enough for the applier to take every receipt before the first falls due at ~250 receipts/s (half the rate
        // measured on the shared machine in run 5), so lateness measures the wake-ups rather than the apply backlog.
        var lead = options.AlertLead ?? TimeSpan.FromSeconds(30 + n / 250.0);
        var firstDue = DateTimeOffset.UtcNow + lead;
        var lastDue = firstDue + options.AlertSpread;
        log($"alerts: {n:N0} dossiers due {firstDue:HH:mm:ss}..{lastDue:HH:mm:ss} UTC (lead {lead.TotalSeconds:N0} s)");
        var load = Stopwatch.StartNew();
        await SendAsync(sender, n, (first, count) => Body(first, count, firstDue, n), cancellationToken);
        log($"alerts: {n:N0} receipts journaled in {load.Elapsed.TotalSeconds:N1} s; waiting for the applier");
        await WaitAppliedAsync(load, cancellationToken);
        applying += load.Elapsed;

        var applied = options.OpenDossiers / applying.TotalSeconds;
        var rssAfter = ProcessMemory.ResidentMiB(silo.Pid);
        var heapAfter = await SiloMetrics.ManagedHeapMiBAsync(client, cancellationToken);
        var activations = await SiloMetrics.ActivationsAsync(client, cancellationToken);
        log($"alerts: applied in {load.Elapsed.TotalSeconds:N1} s ({n / load.Elapsed.TotalSeconds:N0}/s); RSS {rssBefore:N0} -> {rssAfter:N0} MiB, managed heap {heapBefore:N0} -> {heapAfter:N0} MiB, {activationsBefore:N0} -> {activations:N0} activations; waiting for deadlines");

        // Every alert should be raised within seconds of the last due instant; give it a minute more at most.
        var giveUp = lastDue + TimeSpan.FromSeconds(60);
        while (await database.OverdueAlertsAsync(cancellationToken) < n && DateTimeOffset.UtcNow < giveUp)
        {
            await Task.Delay(1_000, cancellationToken);
        }

        var lateness = await database.OverdueLatenessAsync(cancellationToken);
        var latencies = new Latencies();
        foreach (var ms in lateness)
        {
            latencies.Add(TimeSpan.FromMilliseconds(ms));
        }

        // Steady or in bursts: the lateness of each 10 seconds of due instants (UTC), for the log.
        log($"alerts: lateness by 10 s of due instants (UTC window, overdue alerts, ms; all alerts raised in the window):\n  {string.Join("\n  ", await database.LatenessByWindowAsync(cancellationToken))}");
        var beforeDue = await database.AppliedBeforeDueAsync(cancellationToken);
        return new AlertResult(n, options.OpenDossiers, applied, beforeDue, rssBefore, rssAfter, heapBefore, heapAfter, activationsBefore, activations, latencies.Count,
            latencies.Percentile(50), latencies.Percentile(95), latencies.Percentile(99), latencies.Max);
    }

    /// <summary>Sends <paramref name="n"/> receipts in batches from a few clients; every one must be accepted.</summary>
    private static async Task SendAsync(BatchSender sender, int n, Func<int, int, string> body, CancellationToken cancellationToken)
    {
        var next = -Batch;
        var workers = Enumerable.Range(0, Clients).Select(async _ =>
        {
            for (var first = Interlocked.Add(ref next, Batch); first < n; first = Interlocked.Add(ref next, Batch))
            {
                var count = Math.Min(Batch, n - first);
                var (accepted, _) = await sender.SendAsync(body(first, count), cancellationToken);
                if (accepted != count)
                {
                    throw new InvalidOperationException($"Only {accepted} of a batch of {count} receipts were accepted.");
                }
            }
        });
        await Task.WhenAll(workers);
    }

    private async Task WaitAppliedAsync(Stopwatch load, CancellationToken cancellationToken)
    {
        while (await database.PendingAsync(cancellationToken) > 0 && load.Elapsed < options.MaxRunTime)
        {
            await Task.Delay(250, cancellationToken);
        }
    }

    /// <summary>Receipts received now, due <see cref="HeldWorkingDays"/> working days later: open all through the run.</summary>
    private static string HeldBody(int first, int count)
    {
        var now = DateTimeOffset.UtcNow;
        var body = new StringBuilder(count * 240);
        for (var i = first; i < first + count; i++)
        {
            body.Append(EventLines.Receipt(EventLines.Code("OPEN", i), BenchUnits.AlertUnit(i), BenchUnits.Procedure(i), now, HeldWorkingDays)).Append('\n');
        }

        return body.ToString();
    }

    /// <summary>
    /// Dossier i due at firstDue + spread * i / n: received a day before, with one working day of the 00:00-23:59
    /// calendar (any 24 hours hold one such day). As with a real dossier, its 50% and 75% warnings and its "due today"
    /// passed before it is applied and are raised then, so only its deadline falls during the run. (Until run 7 the
    /// receipts were received now, due minutes later: their warnings fell at up to twice the rate of the deadlines,
    /// the 75% ones in the deadlines' first half minute, which the lateness then measured as well.)
    /// </summary>
    private string Body(int first, int count, DateTimeOffset firstDue, int n)
    {
        var body = new StringBuilder(count * 240);
        for (var i = first; i < first + count; i++)
        {
            var due = firstDue + options.AlertSpread * ((double)i / n);
            body.Append(EventLines.Receipt(EventLines.Code("ALERT", i), BenchUnits.AlertUnit(i), BenchUnits.Procedure(i), due - TimeSpan.FromDays(1), 1m)).Append('\n');
        }

        return body.ToString();
    }
}
