namespace OpsHub.Cli.Arguments;

/// <summary>What <c>opshub import</c> was asked to do.</summary>
/// <param name="Url">The OpsHub to post to.</param>
/// <param name="Input">The NDJSON file, or <c>-</c> for standard input.</param>
/// <param name="Restart">Ignore the checkpoint and start from the first line.</param>
/// <param name="ProgressInterval">How often progress is shown.</param>
internal sealed record ImportArguments(Uri Url, string Input, bool Restart, TimeSpan ProgressInterval)
{
    /// <summary>The command's name.</summary>
    public const string Command = "import";

    private static readonly string[] Valued = ["--url", "--progress-interval"];
    private static readonly string[] Flags = ["--restart"];

    /// <summary>Whether the input is standard input.</summary>
    public bool FromStandardInput => Input == "-";

    /// <summary>The checkpoint file next to the input.</summary>
    public string CheckpointFile => Input + ".opshub-import";

    /// <summary>The help text.</summary>
    public static string Help => """
        Usage: opshub import <file|-> [options]

        Posts an NDJSON file (one OpsHub event JSON object per line) to a running OpsHub, line by line.
        Resumable: the last acknowledged line is kept in <file>.opshub-import and a re-run continues after it.
        Importing a file twice ingests nothing twice: OpsHub answers repeated events as duplicates.
        Exits 1 if any line was rejected or failed, 2 on a usage error.

        Options:
          --url <url>                 OpsHub address (default http://127.0.0.1:5080)
          --restart                   ignore the checkpoint and start from the first line
          --progress-interval <d>     how often progress is shown, e.g. 1s (default 1s on a terminal, 5s otherwise)
          -h, --help                  show this help

        Examples:
          opshub import events.ndjson
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
            p.Duration("--progress-interval") ?? TimeSpan.FromSeconds(terminal ? 1 : 5));
    }
}
