namespace OpsHub.Sla.Procedures;

/// <summary>One internal step entry of a procedure in the catalogue file.</summary>
internal sealed class ProcedureStepDocument
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Budget { get; set; }

    public string? Department { get; set; }
}
