namespace OpsHub.Cli;

/// <summary>Where a command reads and writes: results to <paramref name="Out"/>, progress and errors to <paramref name="Error"/>.</summary>
/// <param name="Out">Standard output: summaries and data.</param>
/// <param name="Error">Standard error: progress, warnings, errors.</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal (draw a progress bar) or a file or pipe (print lines).</param>
/// <param name="OpenInput">Opens standard input, for <c>import -</c>.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal, Func<Stream> OpenInput)
{
    /// <summary>The process's console.</summary>
    public static CliConsole System => new(Console.Out, Console.Error, !Console.IsErrorRedirected, Console.OpenStandardInput);
}
