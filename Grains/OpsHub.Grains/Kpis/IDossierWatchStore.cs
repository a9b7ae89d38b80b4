using OpsHub.Sla.Kpis;

namespace OpsHub.Grains.Kpis;

/// <summary>The open dossiers the wall watches and the finished steps the breach forecast learns from.</summary>
public interface IDossierWatchStore
{
    /// <summary>Records what is watched of an open dossier, replacing what was.</summary>
    Task SaveAsync(DossierWatch watch, CancellationToken cancellationToken = default);

    /// <summary>Forgets a dossier that closed.</summary>
    Task RemoveAsync(string dossierCode, CancellationToken cancellationToken = default);

    /// <summary>Records finished steps; a step recorded again (same dossier and run number) stores nothing.</summary>
    Task RecordStepsAsync(IReadOnlyList<FinishedStep> steps, CancellationToken cancellationToken = default);

    /// <summary>The overdue dossiers of <paramref name="units"/>, longest overdue first.</summary>
    Task<IReadOnlyList<DossierWatch>> OverdueAsync(IReadOnlyCollection<string> units, int limit, CancellationToken cancellationToken = default);

    /// <summary>The due-soon dossiers of <paramref name="units"/>, nearest due first.</summary>
    Task<IReadOnlyList<DossierWatch>> DueSoonAsync(IReadOnlyCollection<string> units, int limit, CancellationToken cancellationToken = default);

    /// <summary>Every open dossier of <paramref name="units"/>.</summary>
    Task<IReadOnlyList<DossierWatch>> OpenAsync(IReadOnlyCollection<string> units, CancellationToken cancellationToken = default);

    /// <summary>The steps <paramref name="units"/> finished since <paramref name="since"/>.</summary>
    Task<IReadOnlyList<FinishedStep>> FinishedStepsAsync(IReadOnlyCollection<string> units, DateTimeOffset since, CancellationToken cancellationToken = default);
}
