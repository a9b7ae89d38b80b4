using OpsHub.Cli.Arguments;
using OpsHub.Cli.Commands;
using OpsHub.Cli.Sending;
using OpsHub.Sla.Procedures;

namespace OpsHub.Cli;

/// <summary>The <c>opshub</c> entry point: picks the command, reports usage errors, maps outcomes to exit codes.</summary>
internal static class CliApp
{
    /// <summary>Exit code for a wrong command line.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code for unreadable data files.</summary>
    public const int DataError = 3;

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The general help.</summary>
    public static string Help => """
        Usage: opshub <command> [options]

        Commands:
          simulate    send realistic one-stop-shop traffic for a province to a running OpsHub
          import      post an NDJSON, CloudEvents batch or portal CSV file, in batches, resumably

        Run 'opshub <command> --help' for a command's options.
        """;

    /// <summary>Runs the command line <paramref name="args"/>; the result is the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, TimeProvider time, CancellationToken cancellationToken, SenderOptions? senderOptions = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            return await DispatchAsync(args, console, time, senderOptions ?? SenderOptions.Default, cancellationToken);
        }
        catch (UsageException e)
        {
            console.Error.WriteLine($"opshub: {e.Message}");
            console.Error.WriteLine(e.Command is null ? "Run 'opshub --help' for usage." : $"Run 'opshub {e.Command} --help' for usage.");
            return UsageError;
        }
        catch (Exception e) when (e is InvalidDataException or ProcedureDataException)
        {
            console.Error.WriteLine($"opshub: {e.Message}");
            return DataError;
        }
    }

    private static async Task<int> DispatchAsync(string[] args, CliConsole console, TimeProvider time, SenderOptions senderOptions, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            console.Out.Write(Help);
            return args.Length == 0 ? UsageError : 0;
        }

        var rest = args[1..];
        switch (args[0])
        {
            case SimulateArguments.Command:
                if (SimulateArguments.Parse(rest, AppContext.BaseDirectory) is not { } simulate)
                {
                    console.Out.Write(SimulateArguments.Help);
                    return 0;
                }

                using (var http = Client(simulate.Url))
                {
                    var sender = new HttpBatchSender(http, senderOptions, time);
                    return await new SimulateCommand(simulate, sender, console, time).RunAsync(cancellationToken);
                }

            case ImportArguments.Command:
                if (ImportArguments.Parse(rest, console.ErrorIsTerminal) is not { } import)
                {
                    console.Out.Write(ImportArguments.Help);
                    return 0;
                }

                using (var http = Client(import.Url))
                {
                    var sender = new HttpBatchSender(http, senderOptions, time);
                    return await new ImportCommand(import, sender, console, time).RunAsync(cancellationToken);
                }

            default:
                throw new UsageException($"Unknown command '{args[0]}'. Commands: simulate, import.");
        }
    }

    /// <summary>The development source's key, used when OPSHUB_API_KEY is not set.</summary>
    public const string DevelopmentApiKey = "opshub-dev-key-change-me";

    // The key comes from the environment, not the command line, so it stays out of shell history and process lists.
    private static HttpClient Client(Uri url)
    {
        var http = new HttpClient { BaseAddress = url, Timeout = RequestTimeout };
        http.DefaultRequestHeaders.Add("X-Api-Key", Environment.GetEnvironmentVariable("OPSHUB_API_KEY") is { Length: > 0 } key ? key : DevelopmentApiKey);
        return http;
    }
}
