using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Grains.Abstractions.Kpis;
using OpsHub.Grains.Procedures;
using OpsHub.Sla.Kpis;

namespace OpsHub.Grains.Kpis;

/// <summary>Maps the KPI report to the contract types.</summary>
internal static class KpiViews
{
    public static UnitKpis Snapshot(UnitKpiReport r, long version, IProcedureTerms terms, BreachForecastView forecast) => new(
        r.UnitCode,
        r.Name,
        r.Level,
        r.At,
        version,
        Figures(r.Today),
        Figures(r.Month),
        Figures(r.Year),
        [.. r.ByProcedure.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new KpiBreakdown(p.Key, terms.Catalogue.Find(p.Key)?.NameVi ?? p.Key, Figures(p.Value)))],
        [.. r.ByField.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new KpiBreakdown(p.Key, FieldName(p.Key, terms), Figures(p.Value)))],
        [.. r.Children.Select(c => new KpiBreakdown(c.UnitCode, c.Name, Figures(c.Month)))],
        [.. r.TodayByHour.Select(p => new KpiPoint(p.Slot, p.Received, p.Done))],
        [.. r.MonthByDay.Select(p => new KpiPoint(p.Slot, p.Received, p.Done))],
        r.Score766,
        r.Forecast ?? forecast,
        [.. r.Overdue],
        [.. r.DueSoon],
        [.. r.Alerts]);

    public static KpiFigures Figures(KpiCounts c) => new(
        c.Received, c.ReceivedAtCounter, c.ReceivedOnline, c.ReceivedByPost, c.DoneEarly, c.DoneOnTime, c.DoneLate, c.Withdrawn,
        c.InProgress, c.InProgressWithinDeadline, c.Paused, c.DueSoon, c.Overdue, c.RatedVerySatisfied, c.RatedSatisfied, c.RatedNotSatisfied,
        c.OnTimeRate, c.OnlineShare, c.SatisfactionRate, c.FullOnlineShare, c.PaidOnlineShare, c.DigitisedShare, c.ElectronicResultShare);

    /// <summary>The forecast as shown: counted in full, the likeliest <paramref name="listed"/> misses listed.</summary>
    public static BreachForecastView Forecast(DateTimeOffset at, IReadOnlyList<ForecastedDossier> forecasts, KpiViewContext context, int listed) => new(
        at,
        forecasts.Count,
        forecasts.Count(f => f.Forecast.MissProbability is null),
        forecasts.Count(f => f.Forecast.PredictedLate),
        [.. forecasts
            .Where(f => f.Forecast.PredictedLate)
            .OrderByDescending(f => f.Forecast.MissProbability)
            .ThenBy(f => f.Dossier.DueAt)
            .ThenBy(f => f.Dossier.Code, StringComparer.Ordinal)
            .Take(listed)
            .Select(f => new PredictedBreach(
                Watched(f.Dossier, context), f.Forecast.MissProbability ?? 1, f.Forecast.ExpectedCompletion, f.Forecast.Ahead, f.Forecast.ReasonVi, f.Forecast.ReasonEn))]);

    /// <summary>
    /// A storm grouped: of each subject's open alerts (a dossier's 50%, 75%, due-today and overdue), the gravest
    /// and then newest, newest subjects first, at most <paramref name="limit"/>.
    /// </summary>
    public static IReadOnlyList<AlertRecord> OnePerSubject(IReadOnlyList<AlertRecord> newestFirst, int limit) =>
        [.. newestFirst
            .GroupBy(a => a.Subject, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(a => a.Severity).ThenByDescending(a => a.Kind == AlertKind.DossierOverdue).ThenByDescending(a => a.RaisedAt).First())
            .OrderByDescending(a => a.RaisedAt)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Take(limit)];

    /// <summary>Whether two snapshots show the same figures, whatever their instants and versions.</summary>
    public static bool SameFigures(UnitKpis a, UnitKpis b) =>
        a.Today == b.Today && a.Month == b.Month && a.Year == b.Year
        && a.ByProcedure.SequenceEqual(b.ByProcedure) && a.ByField.SequenceEqual(b.ByField) && a.Children.SequenceEqual(b.Children)
        && a.TodayByHour.SequenceEqual(b.TodayByHour) && a.MonthByDay.SequenceEqual(b.MonthByDay)
        && a.Forecast.PredictedLate == b.Forecast.PredictedLate && a.Forecast.Open == b.Forecast.Open && a.Forecast.Likeliest.SequenceEqual(b.Forecast.Likeliest)
        && a.Overdue.SequenceEqual(b.Overdue) && a.DueSoon.SequenceEqual(b.DueSoon) && a.Alerts.SequenceEqual(b.Alerts);

    public static Score766View Score(Score766Result result) => new(
        result.Score,
        result.Band?.ToString(),
        result.Band is { } vi ? Score766Names.Vi(vi) : null,
        result.Band is { } en ? Score766Names.En(en) : null,
        result.Points,
        result.MeasuredWeight,
        [.. result.Columns.Select(c => new Score766ColumnView(
            c.Column.ToString(),
            c.NameVi,
            c.NameEn,
            c.Weight,
            c.Points,
            c.FormulaVi,
            c.FormulaEn,
            [.. c.Readings.SelectMany(r => r.Inputs).DistinctBy(i => i.Name).Select(i => new KpiInput(i.Name, Score766Names.InputVi(i.Name), Score766Names.InputEn(i.Name), i.Value))]))]);

    public static WatchedDossier Watched(DossierWatch d, KpiViewContext context)
    {
        var procedure = context.Terms.Catalogue.Find(d.ProcedureCode);
        return new WatchedDossier(
            d.Code,
            d.UnitCode,
            context.Organisation.Find(d.UnitCode)?.Name ?? d.UnitCode,
            d.ProcedureCode,
            procedure?.NameVi ?? d.ProcedureCode,
            d.DueAt,
            d.StepCode is null ? null : procedure?.FindStep(d.StepCode)?.Name ?? d.StepCode);
    }

    private static string FieldName(string code, IProcedureTerms terms) =>
        terms.Catalogue.Fields.FirstOrDefault(f => string.Equals(f.Code, code, StringComparison.Ordinal))?.NameVi ?? code;
}
