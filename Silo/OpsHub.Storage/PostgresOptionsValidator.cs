using Microsoft.Extensions.Options;

namespace OpsHub.Storage;

/// <summary>Rejects <see cref="PostgresOptions"/> that cannot work, so a bad setting fails at start, not at first use.</summary>
public sealed class PostgresOptionsValidator : IValidateOptions<PostgresOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, PostgresOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.ConnectionString is not null && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{PostgresOptions.SectionName}:ConnectionString is blank; remove it to use the embedded server.");
        }

        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add($"{PostgresOptions.SectionName}:DataDirectory must name a folder.");
        }

        if (options.Port is < 1 or > 65535)
        {
            failures.Add($"{PostgresOptions.SectionName}:Port must be between 1 and 65535 (was {options.Port}).");
        }

        if (options.MaxConnections is < 20 or > 10_000)
        {
            failures.Add($"{PostgresOptions.SectionName}:MaxConnections must be between 20 and 10000 (was {options.MaxConnections}).");
        }

        if (options.SharedBuffersMegabytes is < 16 or > 65_536)
        {
            failures.Add($"{PostgresOptions.SectionName}:SharedBuffersMegabytes must be between 16 and 65536 (was {options.SharedBuffersMegabytes}).");
        }

        if (options.MaxWalSizeMegabytes is < 64 or > 1_048_576)
        {
            failures.Add($"{PostgresOptions.SectionName}:MaxWalSizeMegabytes must be between 64 and 1048576 (was {options.MaxWalSizeMegabytes}).");
        }

        if (options.StartTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{PostgresOptions.SectionName}:StartTimeout must be positive (was {options.StartTimeout}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
