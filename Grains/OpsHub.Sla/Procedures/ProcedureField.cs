namespace OpsHub.Sla.Procedures;

/// <summary>A procedure field (lĩnh vực), such as hộ tịch or đất đai.</summary>
/// <param name="Code">A stable short code, e.g. "HT".</param>
/// <param name="NameVi">The Vietnamese name, e.g. "Hộ tịch".</param>
public sealed record ProcedureField(string Code, string NameVi);
