using Microsoft.Extensions.Logging;

namespace OpsHub.Storage.Migrations;

/// <summary>Log messages of the schema migrator; event ids 2120–2129.</summary>
internal static partial class SchemaMigratorLog
{
    [LoggerMessage(EventId = 2120, Level = LogLevel.Information, Message = "Applied migration {MigrationId} in {ElapsedMilliseconds} ms")]
    public static partial void Applied(this ILogger logger, string migrationId, long elapsedMilliseconds);

    [LoggerMessage(EventId = 2121, Level = LogLevel.Debug, Message = "Schema up to date: {Count} migrations applied")]
    public static partial void UpToDate(this ILogger logger, int count);

    [LoggerMessage(EventId = 2122, Level = LogLevel.Error, Message = "Migration {MigrationId} failed and was rolled back")]
    public static partial void Failed(this ILogger logger, Exception exception, string migrationId);
}
