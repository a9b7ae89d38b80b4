using Microsoft.Extensions.Logging;

namespace OpsHub.Dashboard.Live;

/// <summary>Log messages of the live feeds.</summary>
internal static partial class LiveFeedLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Warning, Message = "Renewing the observation of {Key} failed")]
    public static partial void RenewFailed(this ILogger logger, Exception exception, string key);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Pushing figures of {Key} failed")]
    public static partial void PushFailed(this ILogger logger, Exception exception, string key);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "Unsubscribing from {Key} failed")]
    public static partial void UnsubscribeFailed(this ILogger logger, Exception exception, string key);
}
