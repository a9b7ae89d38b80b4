using OpsHub.Cli.Importing;

namespace OpsHub.Cli.Arguments;

/// <summary>What <c>opshub import</c> was asked to do.</summary>
/// <param name="Url">The OpsHub to post to.</param>
/// <param name="Input">The NDJSON file, or <c>-</c> for standard input.</param>
/// <param name="Restart">Ignore the checkpoint and start from the first line.</param>
/// <param name="ProgressInterval">How often progress is shown.</param>
/// <param name="Format">The input's format, or <c>null</c> to infer it from the file name or the first character.</param>
/// <param name="BatchSize">Items per request at most.</param>
internal sealed record ImportArguments(Uri Url, string Input, bool Restart, TimeSpan ProgressInterval, ImportFormat? Format, int BatchSize)
{
    /// <summary>The command's name.</summary>
    public const string Command = "import";

    /// <summary>Items per request when --batch-size is not given.</summary>
    public const int DefaultBatchSize = 500;

    private static readonly string[] Valued = ["--url", "--progress-interval", "--format", "--batch-size"];
    private static readonly string[] Flags = ["--restart"];

    /// <summary>Whether the input is standard input.</summary>
    public bool FromStandardInput => Input == "-";

    /// <summary>The checkpoint file next to the input.</summary>
    public string CheckpointFile => Input + ".opshub-import";

    /// <summary>The help text.</summary>
    public static string Help => """
        Usage: opshub import <file|-> [options]

        Posts a file of events or portal records to a running OpsHub, in batches, resumably.
          ndjson       one event per line, plain OpsHub JSON or a CloudEvent (POST /api/v1/events, application/x-ndjson)
          cloudevents  a JSON array of CloudEvents (POST /api/v1/events, application/cloudevents-batch+json)
          portal-csv   DVCQG dossier records with a header row (POST /api/v1/portal/records, text/csv; the header is
                       repeated in every batch)
        The format comes from --format, else the extension (.csv, .ndjson, .jsonl), else the first non-blank
        character ([ cloudevents, { ndjson, anything else portal-csv); standard input is sniffed the same way.
        Resumable: the last item OpsHub answered for is kept in <file>.opshub-import and a re-run continues after it.
        Importing a file twice ingests nothing twice: OpsHub answers events it already has as duplicates (portal
        records are identified by dossier code, status and instant).
        Transient errors (429, 5xx, no connection) are retried with backoff; a batch OpsHub never answers, or refuses
        as a whole (4xx: a wrong key, too large), stops the import with the checkpoint before it.
        Exits 1 if any item was rejected or failed, 2 on a usage error, 3 on an unreadable file.

        Options:
          --url <url>                 OpsHub address (default http://127.0.0.1:5080)
          --format <f>                ndjson, cloudevents or portal-csv (default: inferred)
          --batch-size <n>            items per request, 1 to 10000 (default 500; a request also stops at 1 MiB)
          --restart                   ignore the checkpoint and start from the first item
          --progress-interval <d>     how often progress is shown, e.g. 1s (default 1s on a terminal, 5s otherwise)
          -h, --help                  show this help

        Examples:
          opshub import events.ndjson
          opshub import batch.json --format cloudevents
          opshub import hoso-dvcqg.csv
          opshub simulate --dry-run --max-events 1000 | opshub import -
        """;

    /// <summary>Reads the arguments after the command name.</summary>
    /// <exception cref="UsageException">They are wrong.</exception>
    public static ImportArguments? Parse(IReadOnlyList<string> args, bool terminal)
    {
        var p = ParsedArguments.Read(Command, args, Valued, Flags);
        if (p.Help)
        {
            return null;
        }

        if (p.Operands.Count != 1)
        {
            throw new UsageException(p.Operands.Count == 0
                ? "'import' needs the file to read, or - for standard input."
                : $"'import' takes one file (got {p.Operands.Count}: {string.Join(", ", p.Operands)}).", Command);
        }

        if (p.Has("--restart") && p.Operands[0] == "-")
        {
            throw new UsageException("--restart applies to files only: standard input keeps no checkpoint.", Command);
        }

        return new ImportArguments(
            p.Url("--url", SimulateArguments.DefaultUrl),
            p.Operands[0],
            p.Has("--restart"),
            p.Duration("--progress-interval") ?? TimeSpan.FromSeconds(terminal ? 1 : 5),
            p.Value("--format") is { } format
                ? ImportFormats.Parse(format) ?? throw new UsageException($"--format must be one of {ImportFormats.Names} (got '{format}').", Command)
                : null,
            (int)(p.Integer("--batch-size", 1, 10_000) ?? DefaultBatchSize));
    }
}
