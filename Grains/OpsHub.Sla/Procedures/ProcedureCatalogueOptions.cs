namespace OpsHub.Sla.Procedures;

/// <summary>Where the procedure catalogue is read from.</summary>
public sealed class ProcedureCatalogueOptions
{
    /// <summary>
    /// The catalogue file. A relative path is resolved against the application's base directory. Default
    /// <c>Data/procedures.json</c>, where the build copies the shipped file next to the binaries.
    /// </summary>
    public string File { get; set; } = Path.Combine("Data", "procedures.json");

    /// <summary>The absolute file path.</summary>
    public string ResolveFile() => Path.GetFullPath(File, AppContext.BaseDirectory);

    /// <summary>Throws when an option is unusable; call at start.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(File))
        {
            throw new ArgumentException("The procedure catalogue file must be set.", nameof(File));
        }
    }
}
