using OpsHub.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops cleanly (checkpoint and summary written); a second one kills the process.
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};
return await CliApp.RunAsync(args, CliConsole.System, TimeProvider.System, cancellation.Token);
