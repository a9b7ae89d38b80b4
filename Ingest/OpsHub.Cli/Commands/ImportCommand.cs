using System.Globalization;
using System.Text;
using System.Text.Json;
using OpsHub.Cli.Arguments;
using OpsHub.Cli.Importing;
using OpsHub.Cli.Sending;
using OpsHub.Cli.Terminal;

namespace OpsHub.Cli.Commands;

/// <summary>
/// <c>opshub import</c>: posts an NDJSON file, a CloudEvents batch file or a portal CSV in batches, keeps a checkpoint
/// that only moves past items OpsHub answered for, reports every rejected item with its reason, and stops at the first
/// batch that cannot be delivered (OpsHub is down: carrying on would fail every batch).
/// </summary>
internal sealed class ImportCommand(ImportArguments args, IBatchSender sender, CliConsole console, TimeProvider time)
{
    /// <summary>A request is sent once its items reach this many characters, even below --batch-size.</summary>
    public const long MaxBatchChars = 1 << 20;

    private const int MaxItemsReported = 50;
    private const long MaxItems = 1L << 40;

    private readonly SendTally _tally = new();
    private long _read;
    private long _skipped;
    private long _blank;
    private long _consumed;
    private long _acknowledged;
    private long _reported;
    private ImportFormat _format;

    /// <summary>Runs the import; the exit code is 0 when every item was applied or a duplicate.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var checkpoint = args.FromStandardInput || args.Restart ? null : ImportCheckpoint.Load(args.CheckpointFile);
        var resumeAfter = checkpoint?.Line ?? 0;
        _acknowledged = _consumed = resumeAfter;
        var (format, input) = await ImportInput.OpenAsync(args, console, cancellationToken);
        _format = format;
        await using var stream = input;
        if (resumeAfter > 0)
        {
            console.Error.WriteLine($"Resuming {args.Input} after {Where(resumeAfter)} (checkpoint {args.CheckpointFile}; --restart to start over).");
        }

        long? size = stream.CanSeek ? stream.Length : null;
        var progress = new ProgressReporter(console, time, args.ProgressInterval);
        var stopped = false;
        string? header = null;
        ImportBatch? batch = _format == ImportFormat.PortalCsv ? null : new ImportBatch(_format, null);
        try
        {
            await foreach (var item in ImportReaders.ReadAsync(_format, stream, cancellationToken))
            {
                if (batch is null)
                {
                    // The CSV header row: not an item, repeated at the top of every request.
                    if (!item.IsBlank)
                    {
                        header = item.Text;
                        batch = new ImportBatch(_format, header);
                    }

                    continue;
                }

                if (++_read > MaxItems || !await TakeAsync(item, batch, resumeAfter, cancellationToken))
                {
                    stopped = _read <= MaxItems;
                    break;
                }

                progress.Report(Progress(stream, size, progress.Elapsed), Fraction(stream, size));
            }

            stopped = stopped || (batch is not null && !await FlushAsync(batch, cancellationToken));
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

    private async Task<bool> TakeAsync(ImportItem item, ImportBatch batch, long resumeAfter, CancellationToken cancellationToken)
    {
        if (item.Position <= resumeAfter)
        {
            _skipped++;
            return true;
        }

        _consumed = item.Position;
        if (item.IsBlank)
        {
            _blank++;
        }
        else if (_format == ImportFormat.Ndjson && NotJson(item.Text) is { } problem)
        {
            Reject(Where(item.Position), problem);
        }
        else
        {
            batch.Add(item);
            if (batch.Items.Count >= args.BatchSize || batch.Chars >= MaxBatchChars)
            {
                return await FlushAsync(batch, cancellationToken);
            }
        }

        if (batch.Items.Count == 0)
        {
            _acknowledged = _consumed;
        }

        return true;
    }

    private async Task<bool> FlushAsync(ImportBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Items.Count == 0)
        {
            _acknowledged = _consumed;
            return true;
        }

        var answer = await sender.SendAsync(batch.ToRequest(), cancellationToken);
        var range = $"{Where(batch.Items[0].Position)}–{batch.Items[^1].Position}";
        if (!answer.Delivered)
        {
            _tally.Fail(range, answer.Reason ?? "not delivered", batch.Items.Count);
            console.Error.WriteLine($"{range}: failed: {answer.Reason}");
            batch.Clear();
            return false;
        }

        _tally.AddDelivered(answer.Accepted, answer.Duplicates);
        if (answer.Problems.Count == 0 && answer.Rejected > 0)
        {
            Reject(range, answer.Reason ?? "refused", answer.Rejected);
        }

        foreach (var problem in answer.Problems)
        {
            Reject(batch.ItemAt(problem.Position) is { } item ? Where(item.Position) : $"{range} (position {problem.Position})", problem.Reason);
        }

        if (answer.Rejected > answer.Problems.Count && answer.Problems.Count > 0)
        {
            _tally.Reject(range, "more refused items than OpsHub listed", answer.Rejected - answer.Problems.Count);
        }

        _acknowledged = _consumed;
        batch.Clear();
        SaveCheckpoint();
        return true;
    }

    private void Reject(string where, string reason, long count = 1)
    {
        _tally.Reject(where, reason, count);
        if (_reported++ < MaxItemsReported)
        {
            console.Error.WriteLine($"{where}: rejected: {reason}");
        }
    }

    private string Where(long position) =>
        string.Create(CultureInfo.InvariantCulture, $"{(_format == ImportFormat.CloudEvents ? "item" : "line")} {position}");

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

    private void SaveCheckpoint()
    {
        if (!args.FromStandardInput)
        {
            new ImportCheckpoint(_acknowledged, time.GetUtcNow()).Save(args.CheckpointFile);
        }
    }

    private string Progress(Stream stream, long? size, TimeSpan elapsed)
    {
        var answered = _tally.Total;
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{_read} items, {answered} events answered, {Units.Rate(answered, elapsed)}, {_tally.Rejected} rejected, {_tally.Failed} failed");
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
        o.WriteLine($"import {args.Input} ({ImportFormats.Name(_format)}): {(stopped ? "stopped" : "done")} in {Units.Duration(elapsed)} ({Units.Rate(_tally.Total, elapsed)} events)");
        o.WriteLine($"  items read   {_read,10}");
        o.WriteLine($"  skipped      {_skipped,10}  (already imported, see {Path.GetFileName(args.CheckpointFile)})");
        o.WriteLine($"  blank        {_blank,10}");
        _tally.WriteCounts(o);
        _tally.WriteReasons(o);
        if (!args.FromStandardInput)
        {
            o.WriteLine($"  checkpoint   {_acknowledged,10}  (last {(_format == ImportFormat.CloudEvents ? "item" : "line")} answered)");
        }
    }
}
