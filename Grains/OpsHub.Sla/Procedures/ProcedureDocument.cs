namespace OpsHub.Sla.Procedures;

/// <summary>One procedure entry of the catalogue file.</summary>
internal sealed class ProcedureDocument
{
    public string? Code { get; set; }

    public string? NameVi { get; set; }

    public string? Field { get; set; }

    public string? Level { get; set; }

    public string? LegalBasis { get; set; }

    public string? ProcessingTime { get; set; }

    public string? OnlineProcessingTime { get; set; }

    public string? SameDayCutoff { get; set; }

    public string? PauseMode { get; set; }

    public ProcedureStepDocument[]? Steps { get; set; }
}
