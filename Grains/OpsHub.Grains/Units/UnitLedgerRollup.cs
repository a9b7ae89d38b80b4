using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace OpsHub.Grains.Units;

/// <summary>
/// Rolls the unit ledger up every <see cref="UnitLedgerOptions.RollUpInterval"/>, so that a unit's figures are read
/// from its running totals and the latest changes rather than from every change it ever had. Every silo runs one;
/// the ledger lets one at a time through, and a failed turn is simply retried at the next tick (the roll-up is one
/// transaction, so it folds a change entirely or not at all).
/// </summary>
internal sealed partial class UnitLedgerRollup(
    IUnitLedger ledger,
    TimeProvider time,
    IOptions<UnitLedgerOptions> options,
    ILogger<UnitLedgerRollup> logger) : BackgroundService
{
    private const int MaxBatchesPerTick = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RollUpInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RollUpAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task RollUpAsync(CancellationToken cancellationToken)
    {
        var batch = options.Value.RollUpBatch;
        try
        {
            // A full batch means more may be waiting: a backlog drains within the tick, up to a bound.
            for (var round = 0; round < MaxBatchesPerTick; round++)
            {
                if (await ledger.RollUpAsync(batch, cancellationToken) < batch)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            LogRollUpFailed(ex);
        }
    }

    [LoggerMessage(EventId = 5300, Level = LogLevel.Warning, Message = "Rolling up the unit ledger failed; it is tried again at the next interval")]
    private partial void LogRollUpFailed(Exception exception);
}
