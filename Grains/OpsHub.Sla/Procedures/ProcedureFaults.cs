namespace OpsHub.Sla.Procedures;

/// <summary>Builds the errors of one catalogue file, each naming the file and, when known, the entry.</summary>
internal sealed class ProcedureFaults(string fileName)
{
    public ProcedureDataException File(string problem) =>
        new($"Procedure file '{fileName}' {problem}") { FileName = fileName };

    public ProcedureDataException Entry(string entry, string problem) =>
        new($"Procedure file '{fileName}': {entry} {problem}") { FileName = fileName, Entry = entry };
}
