namespace OpsHub.Sla.Procedures;

/// <summary>A procedure catalogue file that cannot be read or breaks a rule; the message says which entry and why.</summary>
public sealed class ProcedureDataException : Exception
{
    public ProcedureDataException()
    {
    }

    public ProcedureDataException(string message)
        : base(message)
    {
    }

    public ProcedureDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The file at fault, when one is known.</summary>
    public string? FileName { get; init; }

    /// <summary>The entry at fault, e.g. <c>procedures[3] (HT-KETHON)</c>, when one is known.</summary>
    public string? Entry { get; init; }
}
