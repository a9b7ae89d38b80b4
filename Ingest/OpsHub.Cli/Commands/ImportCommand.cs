using System.Globalization;
using System.Text;
using System.Text.Json;
using OpsHub.Cli.Arguments;
using OpsHub.Cli.Sending;
using OpsHub.Cli.Terminal;

namespace OpsHub.Cli.Commands;

/// <summary>
/// <c>opshub import</c>: posts an NDJSON input line by line, keeps a checkpoint, reports every rejected line and
/// stops at the first line that cannot be delivered (OpsHub is down: carrying on would fail every line).
/// </summary>
internal sealed class ImportCommand(ImportArguments args, IEventSender sender, CliConsole console, TimeProvider time)
{
    // Saving after every line would cost a file write per event; a re-run re-sends at most this many duplicates.
    private const int CheckpointEvery = 200;
    private const int MaxLinesReported = 50;
    private const long MaxLines = 1L << 40;

    private readonly SendTally _tally = new();
    private long _read;
    private long _skipped;
    private long _blank;
    private long _acknowledged;
    private long _reported;

    /// <summary>Runs the import; the exit code is 0 when every line was applied or a duplicate.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var checkpoint = args.FromStandardInput || args.Restart ? null : ImportCheckpoint.Load(args.CheckpointFile);
        var resumeAfter = checkpoint?.Line ?? 0;
        _acknowledged = resumeAfter;
        if (resumeAfter > 0)
        {
            console.Error.WriteLine($"Resuming {args.Input} after line {resumeAfter} (checkpoint {args.CheckpointFile}; --restart to start over).");
        }

        await using var stream = OpenInput();
        long? size = stream.CanSeek ? stream.Length : null;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var progress = new ProgressReporter(console, time, args.ProgressInterval);
        var stopped = false;
        try
        {
            for (var number = 1L; number <= MaxLines; number++)
            {
                var line = await reader.ReadLineAsync(cancellationToken);
                if (line is null)
                {
                    break;
                }

                _read++;
                if (number <= resumeAfter)
                {
                    _skipped++;
                    continue;
                }

                if (!await ImportLineAsync(number, line, cancellationToken))
                {
                    stopped = true;
                    break;
                }

                if (number % CheckpointEvery == 0)
                {
                    SaveCheckpoint();
                }

                progress.Report(Progress(stream, size, progress.Elapsed), Fraction(stream, size));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stopped = true;
            console.Error.WriteLine("Interrupted.");
        }
        finally
        {
            SaveCheckpoint();
            progress.Report(Progress(stream, size, progress.Elapsed), size is null ? null : 1, force: true);
            progress.Finish();
        }

        WriteSummary(progress.Elapsed, stopped);
        return _tally.Rejected + _tally.Failed > 0 || stopped ? 1 : 0;
    }

    private async Task<bool> ImportLineAsync(long number, string line, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            _blank++;
            _acknowledged = number;
            return true;
        }

        var result = NotJson(line) is { } problem
            ? new SendResult(SendOutcome.Rejected, null, problem, 0)
            : await sender.SendAsync(line, cancellationToken);
        var where = string.Create(CultureInfo.InvariantCulture, $"line {number}");
        _tally.Add(result, where);
        if (result.Outcome is SendOutcome.Rejected or SendOutcome.Failed && _reported++ < MaxLinesReported)
        {
            console.Error.WriteLine($"{where}: {(result.Outcome == SendOutcome.Rejected ? "rejected" : "failed")}: {result.Reason}");
        }

        if (result.Outcome == SendOutcome.Failed)
        {
            return false;
        }

        _acknowledged = number;
        return true;
    }

    private static string? NotJson(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.ValueKind == JsonValueKind.Object ? null : "not sent: the line is JSON but not an object";
        }
        catch (JsonException e)
        {
            return $"not sent: the line is not JSON ({e.Message})";
        }
    }

    private Stream OpenInput()
    {
        if (args.FromStandardInput)
        {
            return console.OpenInput();
        }

        try
        {
            return new FileStream(args.Input, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"The file '{args.Input}' does not exist.", ImportArguments.Command);
        }
    }

    private void SaveCheckpoint()
    {
        if (!args.FromStandardInput)
        {
            new ImportCheckpoint(_acknowledged, time.GetUtcNow()).Save(args.CheckpointFile);
        }
    }

    private string Progress(Stream stream, long? size, TimeSpan elapsed)
    {
        var sent = _tally.Total;
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{_read} lines, {sent} sent, {Units.Rate(sent, elapsed)}, {_tally.Rejected} rejected, {_tally.Failed} failed");
        if (size is { } total && stream.CanSeek)
        {
            var done = stream.Position;
            text.Append(CultureInfo.InvariantCulture, $", {Units.Bytes(done)} of {Units.Bytes(total)}");
            if (done > 0 && elapsed > TimeSpan.FromSeconds(1) && done < total)
            {
                text.Append(", ETA ").Append(Units.Duration(elapsed * ((total - done) / (double)done)));
            }
        }

        return text.ToString();
    }

    private static double? Fraction(Stream stream, long? size) =>
        size is > 0 && stream.CanSeek ? stream.Position / (double)size.Value : null;

    private void WriteSummary(TimeSpan elapsed, bool stopped)
    {
        var o = console.Out;
        o.WriteLine($"import {args.Input}: {(stopped ? "stopped" : "done")} in {Units.Duration(elapsed)} ({Units.Rate(_tally.Total, elapsed)})");
        o.WriteLine($"  lines read   {_read,10}");
        o.WriteLine($"  skipped      {_skipped,10}  (already imported, see {Path.GetFileName(args.CheckpointFile)})");
        o.WriteLine($"  blank        {_blank,10}");
        _tally.WriteCounts(o);
        if (_tally.FirstReasons.Count > 0)
        {
            o.WriteLine("  first problems:");
            foreach (var reason in _tally.FirstReasons)
            {
                o.WriteLine($"    {reason}");
            }
        }

        if (!args.FromStandardInput)
        {
            o.WriteLine($"  checkpoint   {_acknowledged,10}  (last line acknowledged)");
        }
    }
}
