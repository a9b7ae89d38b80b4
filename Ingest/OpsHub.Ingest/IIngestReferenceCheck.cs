using OpsHub.Ingest.Events;

namespace OpsHub.Ingest;

/// <summary>Checks what only the host knows (its units, its procedure catalogue) before an event is journaled.</summary>
public interface IIngestReferenceCheck
{
    /// <summary>Why <paramref name="record"/> names something unknown, or <c>null</c> when it does not.</summary>
    string? FindProblem(IngestRecord record);

    /// <summary>
    /// Why a source allowed to write only for <paramref name="units"/> (each with its subtree) may not send
    /// <paramref name="record"/>, or <c>null</c> when it may. A record about an existing dossier is judged by that
    /// dossier's unit, from <paramref name="dossierUnits"/>; one whose unit is not known yet passes.
    /// </summary>
    string? FindScopeProblem(IngestRecord record, IReadOnlyCollection<string> units, IReadOnlyDictionary<string, string> dossierUnits);

    /// <summary>The unit of each of <paramref name="dossierCodes"/> that has been received (and applied); the others are left out.</summary>
    Task<IReadOnlyDictionary<string, string>> FindDossierUnitsAsync(IReadOnlyCollection<string> dossierCodes, CancellationToken cancellationToken);
}
