namespace OpsHub.Sla.Procedures;

/// <summary>The shape of the catalogue file, as written by people; <see cref="ProcedureCatalogueParser"/> checks it.</summary>
internal sealed class ProcedureCatalogueDocument
{
    public string? Source { get; set; }

    public ProcedureFieldDocument[]? Fields { get; set; }

    public ProcedureDocument[]? Procedures { get; set; }
}
