using System.Globalization;
using System.Text.RegularExpressions;

namespace OpsHub.Cli.Arguments;

/// <summary>What <c>opshub simulate</c> was asked to do.</summary>
/// <param name="Url">The OpsHub to post to.</param>
/// <param name="ProvinceFile">The province file.</param>
/// <param name="CatalogueFile">The procedure catalogue.</param>
/// <param name="Speed">Simulated working time per wall time: 96 makes an 8-hour day pass in 5 minutes.</param>
/// <param name="Start">Where the simulated clock starts, or <c>null</c> for now.</param>
/// <param name="Seed">The random seed, or <c>null</c> for a fresh one (printed, so the run can be repeated).</param>
/// <param name="Duration">Wall time to run, or <c>null</c>.</param>
/// <param name="MaxEvents">Events to send at most, or <c>null</c>.</param>
/// <param name="DryRun">Write NDJSON to standard output instead of posting, without waiting.</param>
/// <param name="BatchSize">Events per request at most.</param>
/// <param name="QueueEvents">Whether counter, ticket and rating events are sent (an older OpsHub refuses them).</param>
/// <param name="CounterCodes">Whether in-person receipts carry the counter that took them in (<c>counterCode</c>).</param>
internal sealed partial record SimulateArguments(
    Uri Url,
    string ProvinceFile,
    string CatalogueFile,
    double Speed,
    DateTimeOffset? Start,
    int? Seed,
    TimeSpan? Duration,
    long? MaxEvents,
    bool DryRun,
    int BatchSize = ImportArguments.DefaultBatchSize,
    bool QueueEvents = true,
    bool CounterCodes = true)
{
    /// <summary>The command's name.</summary>
    public const string Command = "simulate";

    /// <summary>Wall time when neither --duration nor --max-events is given.</summary>
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromMinutes(5);

    /// <summary>The default OpsHub address.</summary>
    public static readonly Uri DefaultUrl = new("http://127.0.0.1:5080/");

    private static readonly string[] Valued = ["--url", "--province", "--catalogue", "--speed", "--start", "--seed", "--duration", "--max-events", "--batch-size", "--queue-events", "--counter-codes"];
    private static readonly string[] Flags = ["--dry-run"];

    /// <summary>The help text.</summary>
    public static string Help => """
        Usage: opshub simulate [options]

        Sends realistic one-stop-shop traffic for a province to a running OpsHub (POST /api/v1/events, NDJSON batches
        of the events due). Dossiers arrive in working hours (07:00-11:30, 13:30-17:00 unless a unit says otherwise,
        peak mid-morning), 60-90% online, walk their procedure's internal steps, 5-10% get a supplement request, 1-3%
        end late, and some are rated after being handed back (mostly very satisfied or satisfied). Each unit's counters
        open and close with its working periods; in-person applicants take a ticket at the kiosk for a field (some with
        priority: elderly, disabled, pregnant), are called to a counter that serves it, a few do not show up or are
        transferred. Failed requests are retried with backoff (429 honours Retry-After).
        It always stops by itself: after --duration of wall time, after --max-events, or at the end of the window.

        Options:
          --url <url>          OpsHub address (default http://127.0.0.1:5080)
          --province <file>    province file: units, counters, daily volumes (default Data/province-long-dien.json)
          --catalogue <file>   procedure catalogue (default Data/procedures.json)
          --speed <n>          simulated working time per wall time (default 96: an 8-hour day in 5 minutes)
          --start <instant>    simulated start, e.g. 2026-11-24T07:00:00+07:00 or 2026-11-24 (default now)
          --seed <n>           random seed; the same seed and start give the same events (default random, printed)
          --duration <d>       wall time to run, e.g. 90s, 5m, 1h (default 5m when --max-events is not given)
          --max-events <n>     stop after this many events
          --dry-run            write the events as NDJSON to standard output instead of posting (no waiting)
          --batch-size <n>     events per request at most, 1 to 10000 (default 500; also at most 1 MiB)
          --queue-events <on|off>   send counter, ticket and rating events (default on; off for an OpsHub that
                               does not store them yet: the dossier events stay the same)
          --counter-codes <on|off>  in-person receipts carry the counter's code, counterCode (default on)
          -h, --help           show this help

        Examples:
          opshub simulate --speed 96 --duration 10m --seed 42
          opshub simulate --dry-run --start 2026-11-24 --seed 7 --max-events 20000 > day.ndjson
        """;

    /// <summary>Reads the arguments after the command name.</summary>
    /// <exception cref="UsageException">They are wrong.</exception>
    public static SimulateArguments? Parse(IReadOnlyList<string> args, string baseDirectory)
    {
        var p = ParsedArguments.Read(Command, args, Valued, Flags);
        if (p.Help)
        {
            return null;
        }

        if (p.Operands.Count > 0)
        {
            throw new UsageException($"'simulate' takes no operands (got '{p.Operands[0]}').", Command);
        }

        var seed = p.Integer("--seed", int.MinValue, int.MaxValue);
        return new SimulateArguments(
            p.Url("--url", DefaultUrl),
            p.Value("--province") ?? Path.Combine(baseDirectory, "Data", "province-long-dien.json"),
            p.Value("--catalogue") ?? Path.Combine(baseDirectory, "Data", "procedures.json"),
            p.Number("--speed", 0.001, 1_000_000) ?? 96,
            ParseStart(p.Value("--start")),
            seed is null ? null : (int)seed.Value,
            p.Duration("--duration") ?? (p.Has("--max-events") ? null : DefaultDuration),
            p.Integer("--max-events", 1, long.MaxValue),
            p.Has("--dry-run"),
            (int)(p.Integer("--batch-size", 1, 10_000) ?? ImportArguments.DefaultBatchSize),
            OnOff(p.Value("--queue-events"), "--queue-events"),
            OnOff(p.Value("--counter-codes"), "--counter-codes"));
    }

    private static bool OnOff(string? text, string name) => text?.ToLowerInvariant() switch
    {
        null or "on" or "true" or "yes" => true,
        "off" or "false" or "no" => false,
        _ => throw new UsageException($"{name} must be on or off (got '{text}').", Command),
    };

    private static DateTimeOffset? ParseStart(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(new TimeOnly(7, 0)), TimeSpan.FromHours(7));
        }

        if (OffsetPattern().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }

        throw new UsageException($"--start must be an instant with its offset, e.g. 2026-11-24T07:00:00+07:00, or a date such as 2026-11-24 (got '{text}').", Command);
    }

    [GeneratedRegex(@"T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex OffsetPattern();
}
