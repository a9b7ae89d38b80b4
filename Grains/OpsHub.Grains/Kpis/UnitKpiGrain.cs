using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection;
using OpsHub.Sla.Kpis;
using OpsHub.Grains.Abstractions.Kpis;
using OpsHub.Grains.Procedures;
using Orleans.Utilities;

namespace OpsHub.Grains.Kpis;

/// <summary>
/// A unit's KPIs over its subtree. A change below only marks them stale; while observed they are read again
/// <see cref="RefreshDelay"/> after the first notice (a burst costs one read) and at least every
/// <see cref="IdleRefresh"/>, since time alone moves some of them (due soon, a new day). Unobserved, they are read
/// only when asked for.
/// </summary>
internal sealed class UnitKpiGrain(
    UnitKpiReader reader,
    IProcedureTerms terms,
    IOptionsMonitor<BreachForecastOptions> forecastOptions,
    [FromKeyedServices(SlaClock.Key)] TimeProvider clock,
    ILogger<UnitKpiGrain> logger) : Grain, IUnitKpiGrain
{
    private static readonly TimeSpan RefreshDelay = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan IdleRefresh = TimeSpan.FromMinutes(1);

    private readonly ObserverManager<IUnitKpiObserver> _observers = new(TimeSpan.FromMinutes(5), logger);
    private UnitKpis? _snapshot;
    private IGrainTimer? _refresh;
    private IGrainTimer? _idle;
    private bool _stale = true;
    private BreachForecastView? _forecast;

    public async Task<UnitKpis> GetAsync() => _stale || _snapshot is null ? await RefreshAsync() : _snapshot;

    public Task MarkChangedAsync()
    {
        _stale = true;
        if (_observers.Count > 0)
        {
            _refresh ??= this.RegisterGrainTimer(RefreshFromTimerAsync, new GrainTimerCreationOptions(RefreshDelay, Timeout.InfiniteTimeSpan));
        }

        return Task.CompletedTask;
    }

    public Task SubscribeAsync(IUnitKpiObserver observer)
    {
        _observers.Subscribe(observer, observer);
        _idle ??= this.RegisterGrainTimer(_ => MarkChangedAsync(), new GrainTimerCreationOptions(IdleRefresh, IdleRefresh));
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IUnitKpiObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private async Task RefreshFromTimerAsync(CancellationToken cancellationToken)
    {
        _refresh?.Dispose();
        _refresh = null;
        await RefreshAsync();
    }

    private async Task<UnitKpis> RefreshAsync()
    {
        _stale = false;
        // The forecast reads every open dossier below: for a large subtree, computed again only every so often.
        var options = forecastOptions.CurrentValue;
        var withForecast = _forecast is null || _forecast.Open < options.AlwaysBelow || clock.GetUtcNow() - _forecast.At >= options.Refresh;
        var report = await reader.ReadAsync(this.GetPrimaryKeyString(), withForecast)
            ?? throw new InvalidOperationException($"Unit '{this.GetPrimaryKeyString()}' is not in the organisation.");
        _forecast = report.Forecast ?? _forecast!;
        var next = KpiViews.Snapshot(report, (_snapshot?.Version ?? 0) + 1, terms, _forecast);
        if (_snapshot is not null && KpiViews.SameFigures(_snapshot, next))
        {
            return _snapshot;
        }

        _snapshot = next;
        if (_observers.Count > 0)
        {
            await _observers.Notify(o => o.OnKpisChangedAsync(next));
        }

        return next;
    }
}
