using System.Globalization;
using OpsHub.Cli.Arguments;
using OpsHub.Cli.Sending;
using OpsHub.Cli.Simulation;
using OpsHub.Cli.Terminal;
using OpsHub.Sla.Procedures;

namespace OpsHub.Cli.Commands;

/// <summary>
/// <c>opshub simulate</c>: plays the <see cref="TrafficModel"/> against a running OpsHub in compressed time. The
/// simulated clock advances in working time (nights, weekends and holidays are skipped), at --speed times the wall.
/// </summary>
internal sealed class SimulateCommand(SimulateArguments args, IEventSender sender, CliConsole console, TimeProvider time)
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);

    // With only --max-events the window still ends: a year of simulated time.
    private static readonly TimeSpan LongestWindow = TimeSpan.FromDays(366);

    /// <summary>Runs the simulation; 0 when every event was applied or a duplicate.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var catalogue = ProcedureCatalogueLoader.LoadFile(args.CatalogueFile);
        var province = ProvinceLoader.LoadFile(args.ProvinceFile);
        var seed = args.Seed ?? Random.Shared.Next();
        var pacing = UnitCalendars.Default;
        var start = pacing.ClockStart(args.Start ?? time.GetUtcNow()).ToOffset(HourlyProfile.VietnamOffset);
        var end = args.Duration is { } wall ? pacing.AddWorkingTime(start, wall * args.Speed) : start + LongestWindow;
        var model = new TrafficModel(province, catalogue, TrafficOptions.Default, seed);
        var tally = new SendTally();
        var progress = new ProgressReporter(console, time, ProgressInterval);
        var last = start;
        var stopped = false;
        console.Error.WriteLine($"Simulating {province.Name} ({province.Units.Count} units) from {SimulatedEventJson.Instant(start)}, seed {seed}, speed {args.Speed.ToString(CultureInfo.InvariantCulture)}x{(args.DryRun ? ", dry run" : $", posting to {args.Url}")}.");
        try
        {
            foreach (var e in model.Events(start, end))
            {
                if (tally.Total >= args.MaxEvents || (!args.DryRun && args.Duration is { } limit && progress.Elapsed >= limit))
                {
                    break;
                }

                var json = SimulatedEventJson.Write(e);
                if (args.DryRun)
                {
                    await console.Out.WriteLineAsync(json.AsMemory(), cancellationToken);
                    tally.Add(new SendResult(SendOutcome.Applied, null, null, 0), e.DossierCode);
                    continue;
                }

                var due = pacing.WorkingTimeBetween(start, e.OccurredAt) / args.Speed;
                var elapsed = progress.Elapsed; // read once: the stopwatch moves between two reads
                if (due > elapsed)
                {
                    var wait = due - elapsed;
                    if (args.Duration is { } cap && elapsed + wait > cap)
                    {
                        break;
                    }

                    await Task.Delay(wait, time, cancellationToken);
                }

                var result = await sender.SendAsync(json, cancellationToken);
                tally.Add(result, $"{e.Type} {e.DossierCode}");
                if (result.Outcome is SendOutcome.Rejected or SendOutcome.Failed && tally.Rejected + tally.Failed <= SendTally.KeptReasons)
                {
                    console.Error.WriteLine($"{e.Type} {e.DossierCode}: {result.Reason}");
                }

                last = e.OccurredAt;
                progress.Report(Progress(tally, progress.Elapsed, last), null);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stopped = true;
        }
        finally
        {
            progress.Finish();
        }

        WriteSummary(tally, seed, start, last, progress.Elapsed, stopped);
        return tally.Rejected + tally.Failed > 0 ? 1 : 0;
    }

    private static string Progress(SendTally tally, TimeSpan elapsed, DateTimeOffset simulated) =>
        $"{tally.Total} events sent, {Units.Rate(tally.Total, elapsed)}, {tally.Rejected + tally.Failed} errors, simulated {simulated:yyyy-MM-dd HH:mm}";

    private void WriteSummary(SendTally tally, int seed, DateTimeOffset start, DateTimeOffset last, TimeSpan elapsed, bool stopped)
    {
        if (args.DryRun)
        {
            console.Error.WriteLine($"Wrote {tally.Total} events (seed {seed}).");
            return;
        }

        var o = console.Out;
        o.WriteLine($"simulate: {(stopped ? "interrupted" : "done")} after {Units.Duration(elapsed)}, seed {seed}");
        o.WriteLine($"  simulated    {SimulatedEventJson.Instant(start)} to {SimulatedEventJson.Instant(last)}");
        o.WriteLine($"  events sent  {tally.Total,10} ({Units.Rate(tally.Total, elapsed)})");
        tally.WriteCounts(o);
        foreach (var reason in tally.FirstReasons)
        {
            o.WriteLine($"    {reason}");
        }
    }
}
