namespace OpsHub.Ingest.Events.Ratings;

/// <summary>The three per-dossier satisfaction levels; wire names <c>very-satisfied</c>, <c>satisfied</c>, <c>not-satisfied</c>.</summary>
public enum SatisfactionRating
{
    /// <summary>Rất hài lòng.</summary>
    VerySatisfied = 1,

    /// <summary>Hài lòng.</summary>
    Satisfied = 2,

    /// <summary>Không hài lòng.</summary>
    NotSatisfied = 3,
}
