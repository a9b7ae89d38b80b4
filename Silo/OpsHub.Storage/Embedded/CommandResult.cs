namespace OpsHub.Storage.Embedded;

/// <summary>What a finished PostgreSQL tool reported: its exit code and its combined output.</summary>
internal sealed record CommandResult(int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;
}
