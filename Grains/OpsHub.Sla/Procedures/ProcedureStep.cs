using OpsHub.Sla.Deadlines;

namespace OpsHub.Sla.Procedures;

/// <summary>One step of a procedure's approved internal process (quy trình nội bộ).</summary>
/// <param name="Code">A stable code, unique within the procedure, e.g. "THAMDINH".</param>
/// <param name="Name">The Vietnamese name shown to people, e.g. "Thẩm định hồ sơ".</param>
/// <param name="Budget">The time the step may take; its deadline is its start plus this, in working time.</param>
/// <param name="Department">The responsible department, e.g. "Công chức Tư pháp - Hộ tịch".</param>
public sealed record ProcedureStep(string Code, string Name, ProcessingTime Budget, string Department);
