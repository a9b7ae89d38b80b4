using System.Globalization;
using System.Text;
using OpsHub.Cli.Arguments;
using OpsHub.Cli.Sending;
using OpsHub.Cli.Simulation;
using OpsHub.Cli.Terminal;
using OpsHub.Sla.Procedures;

namespace OpsHub.Cli.Commands;

/// <summary>
/// <c>opshub simulate</c>: plays the <see cref="TrafficModel"/> against a running OpsHub in compressed time, posting
/// the events that are due as NDJSON batches. The simulated clock advances in working time (nights, weekends and
/// holidays are skipped), at --speed times the wall.
/// </summary>
internal sealed class SimulateCommand(SimulateArguments args, IBatchSender sender, CliConsole console, TimeProvider time)
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);

    // With only --max-events the window still ends: a year of simulated time.
    private static readonly TimeSpan LongestWindow = TimeSpan.FromDays(366);

    private readonly SendTally _tally = new();
    private readonly StringBuilder _body = new();
    private readonly List<string> _labels = [];
    private long _produced;

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
        var progress = new ProgressReporter(console, time, ProgressInterval);
        var last = start;
        var stopped = false;
        console.Error.WriteLine($"Simulating {province.Name} ({province.Units.Count} units) from {SimulatedEventJson.Instant(start)}, seed {seed}, speed {args.Speed.ToString(CultureInfo.InvariantCulture)}x{(args.DryRun ? ", dry run" : $", posting to {args.Url}")}{(args.QueueEvents ? "" : ", without queue and rating events")}.");
        try
        {
            foreach (var e in model.Events(start, end))
            {
                if (!args.QueueEvents && !e.IsDossierEvent)
                {
                    continue;
                }

                if (_produced >= args.MaxEvents || (!args.DryRun && args.Duration is { } limit && progress.Elapsed >= limit))
                {
                    break;
                }

                var json = SimulatedEventJson.Write(e, args.CounterCodes);
                _produced++;
                if (args.DryRun)
                {
                    await console.Out.WriteLineAsync(json.AsMemory(), cancellationToken);
                    continue;
                }

                var due = pacing.WorkingTimeBetween(start, e.OccurredAt) / args.Speed;
                if (due > progress.Elapsed)
                {
                    // What is due now goes out before waiting for what is not.
                    await FlushAsync(cancellationToken);
                    var elapsed = progress.Elapsed; // read once: the stopwatch moves between two reads
                    if (due > elapsed)
                    {
                        if (args.Duration is { } cap && due > cap)
                        {
                            _produced--;
                            break;
                        }

                        await Task.Delay(due - elapsed, time, cancellationToken);
                    }
                }

                _body.Append(json).Append('\n');
                _labels.Add(e.Label);
                if (_labels.Count >= args.BatchSize || _body.Length >= ImportCommand.MaxBatchChars)
                {
                    await FlushAsync(cancellationToken);
                }

                last = e.OccurredAt;
                progress.Report(Progress(progress.Elapsed, last), null);
            }

            await FlushAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stopped = true;
        }
        finally
        {
            progress.Finish();
        }

        WriteSummary(seed, start, last, progress.Elapsed, stopped);
        return _tally.Rejected + _tally.Failed > 0 ? 1 : 0;
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_labels.Count == 0)
        {
            return;
        }

        var answer = await sender.SendAsync(new BatchRequest(Endpoints.Events, Endpoints.Ndjson, _body.ToString(), _labels.Count), cancellationToken);
        var range = _labels.Count == 1 ? _labels[0] : $"{_labels[0]} … {_labels[^1]}";
        if (!answer.Delivered)
        {
            Report(range, answer.Reason ?? "not delivered");
            _tally.Fail(range, answer.Reason ?? "not delivered", _labels.Count);
        }
        else
        {
            _tally.AddDelivered(answer.Accepted, answer.Duplicates);
            foreach (var problem in answer.Problems)
            {
                var where = problem.Position >= 1 && problem.Position <= _labels.Count ? _labels[problem.Position - 1] : range;
                Report(where, problem.Reason);
                _tally.Reject(where, problem.Reason);
            }

            if (answer.Rejected > answer.Problems.Count)
            {
                Report(range, answer.Reason ?? "refused");
                _tally.Reject(range, answer.Reason ?? "refused", answer.Rejected - answer.Problems.Count);
            }
        }

        _body.Clear();
        _labels.Clear();
    }

    private void Report(string where, string reason)
    {
        if (_tally.Rejected + _tally.Failed < SendTally.KeptReasons)
        {
            console.Error.WriteLine($"{where}: {reason}");
        }
    }

    private string Progress(TimeSpan elapsed, DateTimeOffset simulated) =>
        $"{_produced} events sent, {Units.Rate(_produced, elapsed)}, {_tally.Rejected + _tally.Failed} errors, simulated {simulated:yyyy-MM-dd HH:mm}";

    private void WriteSummary(int seed, DateTimeOffset start, DateTimeOffset last, TimeSpan elapsed, bool stopped)
    {
        if (args.DryRun)
        {
            console.Error.WriteLine($"Wrote {_produced} events (seed {seed}).");
            return;
        }

        var o = console.Out;
        o.WriteLine($"simulate: {(stopped ? "interrupted" : "done")} after {Units.Duration(elapsed)}, seed {seed}");
        o.WriteLine($"  simulated    {SimulatedEventJson.Instant(start)} to {SimulatedEventJson.Instant(last)}");
        o.WriteLine($"  events sent  {_tally.Total,10} ({Units.Rate(_tally.Total, elapsed)})");
        _tally.WriteCounts(o);
        _tally.WriteReasons(o);
    }
}
