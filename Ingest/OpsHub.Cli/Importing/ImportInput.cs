using OpsHub.Cli.Arguments;

namespace OpsHub.Cli.Importing;

/// <summary>Opens what <c>opshub import</c> reads and settles its format.</summary>
internal static class ImportInput
{
    private const int SniffBytes = 4096;

    /// <summary>
    /// Opens the file (or standard input) and finds its format: --format, else the file name, else the first non-blank
    /// character, which is read and then given back.
    /// </summary>
    /// <exception cref="UsageException">The file does not exist.</exception>
    public static async Task<(ImportFormat Format, Stream Stream)> OpenAsync(ImportArguments args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var input = Open(args, console);
        if (args.Format is { } format)
        {
            return (format, input);
        }

        var prefix = new byte[SniffBytes];
        var length = 0;
        int read;
        while (length < prefix.Length && (read = await input.ReadAsync(prefix.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
            if (ImportFormats.FirstChar(prefix.AsSpan(0, length)) is not null)
            {
                break;
            }
        }

        var inferred = ImportFormats.Infer(args.FromStandardInput ? null : args.Input, ImportFormats.FirstChar(prefix.AsSpan(0, length)));
        if (input.CanSeek)
        {
            input.Position = 0;
            return (inferred, input);
        }

        return (inferred, new PrefixedStream(prefix[..length], input));
    }

    private static Stream Open(ImportArguments args, CliConsole console)
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
}
