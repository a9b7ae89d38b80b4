using System.Text;
using System.Text.RegularExpressions;
using OpsHub.Cli.Sending;

namespace OpsHub.Cli.Tests;

/// <summary>One run of <c>opshub</c> in-process, with its exit code and what it wrote.</summary>
internal sealed partial record CliRun(int ExitCode, string Out, string Error)
{
    private static readonly SenderOptions FastRetries = new()
    {
        MaxAttempts = 2,
        InitialBackoff = TimeSpan.FromMilliseconds(10),
        MaxBackoff = TimeSpan.FromMilliseconds(20),
    };

    public static async Task<CliRun> RunAsync(string[] args, string? standardInput = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, false, () => new MemoryStream(Encoding.UTF8.GetBytes(standardInput ?? "")));
        var code = await CliApp.RunAsync(args, console, TimeProvider.System, TestContext.Current.CancellationToken, FastRetries);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>The count on the summary line named <paramref name="label"/>.</summary>
    public long Count(string label)
    {
        var match = Regex.Match(Out, $@"^\s*{Regex.Escape(label)}\s+(\d+)", RegexOptions.Multiline);
        match.Success.ShouldBeTrue($"no '{label}' in:\n{Out}\n{Error}");
        return long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
