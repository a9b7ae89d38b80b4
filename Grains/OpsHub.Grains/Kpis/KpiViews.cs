using OpsHub.Grains.Abstractions.Kpis;
using OpsHub.Grains.Procedures;
using OpsHub.Sla.Kpis;

namespace OpsHub.Grains.Kpis;

/// <summary>Maps the KPI report to the contract types.</summary>
internal static class KpiViews
{
    public static UnitKpis Snapshot(UnitKpiReport r, long version, IProcedureTerms terms) => new(
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
        [.. r.MonthByDay.Select(p => new KpiPoint(p.Slot, p.Received, p.Done))]);

    public static KpiFigures Figures(KpiCounts c) => new(
        c.Received, c.ReceivedAtCounter, c.ReceivedOnline, c.ReceivedByPost, c.DoneEarly, c.DoneOnTime, c.DoneLate, c.Withdrawn,
        c.InProgress, c.InProgressWithinDeadline, c.Paused, c.DueSoon, c.Overdue, c.RatedVerySatisfied, c.RatedSatisfied, c.RatedNotSatisfied,
        c.OnTimeRate, c.OnlineShare, c.SatisfactionRate, c.FullOnlineShare, c.PaidOnlineShare, c.DigitisedShare, c.ElectronicResultShare);

    /// <summary>Whether two snapshots show the same figures, whatever their instants and versions.</summary>
    public static bool SameFigures(UnitKpis a, UnitKpis b) =>
        a.Today == b.Today && a.Month == b.Month && a.Year == b.Year
        && a.ByProcedure.SequenceEqual(b.ByProcedure) && a.ByField.SequenceEqual(b.ByField) && a.Children.SequenceEqual(b.Children)
        && a.TodayByHour.SequenceEqual(b.TodayByHour) && a.MonthByDay.SequenceEqual(b.MonthByDay);

    private static string FieldName(string code, IProcedureTerms terms) =>
        terms.Catalogue.Fields.FirstOrDefault(f => string.Equals(f.Code, code, StringComparison.Ordinal))?.NameVi ?? code;
}
