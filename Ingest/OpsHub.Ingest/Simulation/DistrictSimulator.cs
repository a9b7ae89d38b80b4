using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsHub.Ingest.Events;
using OpsHub.Ingest.Journal;

namespace OpsHub.Ingest.Simulation;

/// <summary>
/// Sends a plausible stream of dossier receipts and completions for the configured units through the same door
/// as the HTTP doors, so a demo has life in it. A fuller province simulator arrives with the ingest work.
/// </summary>
public sealed partial class DistrictSimulator(
    IngestDoor door,
    TimeProvider time,
    IOptions<SimulatorOptions> options,
    ILogger<DistrictSimulator> logger) : BackgroundService
{
    // Common commune and district procedures; their processing times come from the procedure catalogue.
    private static readonly string[] Procedures =
    [
        "HT-KHAISINH", "HT-KETHON", "HT-KHAITU", "CT-BANSAO", "DD-CAPGCN", "DD-CHUYENNHUONG", "KD-HOKINHDOANH",
        "TP-LYLICH", "XD-GIAYPHEP",
    ];

    private readonly SimulatorOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled || _options.UnitCodes.Count == 0)
        {
            return;
        }

        var random = _options.Seed is { } seed ? new Random(seed) : new Random();
        var serial = 0;
        LogStarted(_options.UnitCodes.Count);
        while (!stoppingToken.IsCancellationRequested)
        {
            var gap = TimeSpan.FromMilliseconds(-Math.Log(1 - random.NextDouble()) * _options.MeanArrivalInterval.TotalMilliseconds);
            try
            {
                await Task.Delay(gap, time, stoppingToken);
                await SendOneAsync(random, ++serial, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogFailed(ex);
            }
        }
    }

    private async Task SendOneAsync(Random random, int serial, CancellationToken token)
    {
        var now = time.GetUtcNow().ToOffset(TimeSpan.FromHours(7));
        var unit = _options.UnitCodes[random.Next(_options.UnitCodes.Count)];
        var procedure = Procedures[random.Next(Procedures.Length)];
        var receivedAt = now.AddDays(-random.Next(0, _options.MaxBackdatedDays + 1) * 7.0 / 5).AddMinutes(-random.Next(0, 480));
        var code = string.Create(CultureInfo.InvariantCulture, $"{unit}-{now:yyMMdd}-{serial % 100000:D5}-{random.Next(1000):D3}");
        await SubmitAsync(new DossierReceived(code, receivedAt, procedure, unit, null, random.NextDouble() < 0.7 ? 2 : 1), token);

        if (random.NextDouble() < _options.CompletionShare)
        {
            var later = TimeSpan.FromMilliseconds(random.NextDouble() * _options.MaxTimeToComplete.TotalMilliseconds);
            _ = CompleteLaterAsync(code, later, token);
        }
    }

    private async Task CompleteLaterAsync(string code, TimeSpan after, CancellationToken token)
    {
        try
        {
            await Task.Delay(after, time, token);
            await SubmitAsync(new DossierStatusChanged(code, time.GetUtcNow().ToOffset(TimeSpan.FromHours(7)), 9), token);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the dossier simply stays open.
        }
        catch (Exception ex)
        {
            LogFailed(ex);
        }
    }

    private async Task SubmitAsync(IngestEvent ingestEvent, CancellationToken token) =>
        await door.SubmitAsync("simulator", [new DoorItem(JournalFormats.OpsHub, EventJson.Write(ingestEvent), ingestEvent, null, null, null)], token);

    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "District simulator feeding {UnitCount} units")]
    private partial void LogStarted(int unitCount);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Simulated event could not be sent")]
    private partial void LogFailed(Exception exception);
}
