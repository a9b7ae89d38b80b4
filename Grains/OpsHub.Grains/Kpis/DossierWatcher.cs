using OpsHub.Grains.Procedures;
using OpsHub.Sla.Clock;
using OpsHub.Sla.Kpis;

namespace OpsHub.Grains.Kpis;

/// <summary>
/// Keeps a dossier's row in the watch store in step with its clock: written only when something watched changed,
/// removed when it closes, and each newly finished step recorded once. Writing the same change again (after a crash
/// before the dossier's state was saved) stores the same row.
/// </summary>
public sealed class DossierWatcher(IDossierWatchStore store, IProcedureTerms terms)
{
    /// <summary>Records what moved from <paramref name="previous"/> to <paramref name="next"/>; returns whether the watched row changed.</summary>
    public async Task<bool> UpdateAsync(string code, string unitCode, DossierClock? previous, bool wasDueSoon, bool wasOverdue, DossierClock next, bool dueSoon, bool overdue)
    {
        ArgumentNullException.ThrowIfNull(next);
        var finished = DossierWatch.FinishedSteps(next)
            .Where(s => previous is null || previous.Steps.Length < s.Run.Number || previous.Steps[s.Run.Number - 1].FinishedAt is null)
            .Select(s => new FinishedStep(code, s.Run.Number, unitCode, s.Sample, next.ReceivedAt, next.DueAt))
            .ToList();
        await store.RecordStepsAsync(finished);

        var procedure = terms.Catalogue.Find(next.Terms.ProcedureCode);
        var before = previous is null ? null : DossierWatch.Of(code, unitCode, previous, procedure, wasDueSoon, wasOverdue);
        var after = DossierWatch.Of(code, unitCode, next, procedure, dueSoon, overdue);
        if (before == after && previous is not null)
        {
            return false;
        }

        if (after is null)
        {
            await store.RemoveAsync(code);
        }
        else
        {
            await store.SaveAsync(after);
        }

        return true;
    }
}
