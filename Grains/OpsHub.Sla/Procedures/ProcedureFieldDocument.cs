namespace OpsHub.Sla.Procedures;

/// <summary>One field entry of the catalogue file.</summary>
internal sealed class ProcedureFieldDocument
{
    public string? Code { get; set; }

    public string? NameVi { get; set; }
}
