namespace OpsHub.Sla.Procedures;

/// <summary>
/// Loads the procedure catalogue from its JSON file. All or nothing: one bad entry fails the whole load, and the
/// error names the entry and the rule it breaks.
/// </summary>
public static class ProcedureCatalogueLoader
{
    /// <summary>Reads the catalogue file at <paramref name="path"/>.</summary>
    /// <exception cref="ProcedureDataException">The file is missing or unreadable, or an entry is invalid.</exception>
    public static ProcedureCatalogue LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new ProcedureDataException($"Procedure file '{path}' does not exist.") { FileName = fileName };
        }

        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProcedureDataException($"Procedure file '{fileName}' cannot be read: {e.Message}", e) { FileName = fileName };
        }

        return Parse(json, fileName);
    }

    /// <summary>Reads a catalogue file's text; <paramref name="fileName"/> is only used in error messages.</summary>
    /// <exception cref="ProcedureDataException">The text is not a valid catalogue.</exception>
    public static ProcedureCatalogue Parse(string json, string fileName) => ProcedureCatalogueParser.Parse(json, fileName);
}
