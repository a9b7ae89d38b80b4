using OpsHub.Bench;

BenchOptions options;
try
{
    options = BenchArguments.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "OpsHub.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run from inside the OpsHub repository.");
}

using var stop = new CancellationTokenSource(options.MaxRunTime);
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

// SIGTERM (kill, pkill) stops the run as Ctrl+C does, so its PostgreSQL and silo are stopped and its folder deleted;
// without this the process ended at once and left its PostgreSQL running.
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

try
{
    var report = await new BenchRunner(options, root).RunAsync(stop.Token);
    Console.WriteLine(report);
    return 0;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine($"Stopped (Ctrl+C, SIGTERM or the {options.MaxRunTime.TotalMinutes:N0}-minute bound); PostgreSQL and the silo were cleaned up.");
    return 130;
}
