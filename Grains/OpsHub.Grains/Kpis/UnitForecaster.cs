using Microsoft.Extensions.Options;
using OpsHub.Grains.Calendars;
using OpsHub.Grains.Procedures;
using OpsHub.Sla.Kpis;

namespace OpsHub.Grains.Kpis;

/// <summary>
/// Forecasts the open dossiers of a set of units (a subtree): each unit with its own calendar, step history and
/// backlog, since one commune's queue does not slow another's.
/// </summary>
public sealed class UnitForecaster(IDossierWatchStore store, IWorkCalendarProvider calendars, IProcedureTerms terms, IOptionsMonitor<BreachForecastOptions> options)
{
    // Enough calendar days to hold the history's working days even across Tết.
    private static readonly TimeSpan HistoryReach = TimeSpan.FromDays(30);

    public async Task<IReadOnlyList<ForecastedDossier>> ForecastAsync(IReadOnlyCollection<string> units, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var open = await store.OpenAsync(units, cancellationToken);
        if (open.Count == 0)
        {
            return [];
        }

        var settings = options.CurrentValue;
        var steps = await store.FinishedStepsAsync(units, at - HistoryReach, cancellationToken);
        var forecasts = new List<ForecastedDossier>(open.Count);
        foreach (var unit in open.GroupBy(w => w.UnitCode, StringComparer.Ordinal))
        {
            var calendar = calendars.For(unit.Key);
            var samples = steps
                .Where(s => string.Equals(s.UnitCode, unit.Key, StringComparison.Ordinal))
                .Select(s => s.Sample with { Allowed = calendar.WorkingTimeBetween(s.ReceivedAt, s.DueAt) });
            var history = StepStatistics.Measure(samples, at, calendar, settings);
            var watched = unit.ToDictionary(w => w.Code, StringComparer.Ordinal);
            var forecast = new BreachForecaster(calendar, terms.Catalogue, settings).Forecast(at, [.. unit.Select(w => w.ToForecast())], history);
            forecasts.AddRange(forecast.Dossiers.Select(f => new ForecastedDossier(watched[f.Code], f)));
        }

        return forecasts;
    }
}
