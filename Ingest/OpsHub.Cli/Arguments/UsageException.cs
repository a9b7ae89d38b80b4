namespace OpsHub.Cli.Arguments;

/// <summary>The command line is wrong; the message says what and how to put it right.</summary>
internal sealed class UsageException(string message, string? command = null) : Exception(message)
{
    /// <summary>The command whose help to point to, or <c>null</c> for the general help.</summary>
    public string? Command { get; } = command;
}
