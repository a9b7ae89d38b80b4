namespace OpsHub.Silo.Alerting;

/// <summary>Log messages of alert escalation and delivery (event ids 5000-5099).</summary>
internal static partial class AlertingLog
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Information, Message = "Alert {AlertId} escalated to level {Level}")]
    public static partial void Escalated(this ILogger logger, string alertId, int level);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Debug, Message = "Alert {AlertId}: {Transition} delivered on {Channel}")]
    public static partial void Delivered(this ILogger logger, string alertId, string transition, string channel);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Alert {AlertId}: {Transition} on {Channel} failed (attempt {Attempt}: {Error}); retry at {RetryAt}")]
    public static partial void DeliveryFailed(this ILogger logger, string alertId, string transition, string channel, int attempt, string? error, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "Alert {AlertId}: {Transition} on {Channel} abandoned after {Attempt} attempts ({Error})")]
    public static partial void DeliveryAbandoned(this ILogger logger, string alertId, string transition, string channel, int attempt, string? error);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Error, Message = "The alert loop failed; it runs again at its next tick")]
    public static partial void LoopFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "Re-sending {Count} firing alerts to Alertmanager failed: {Error}")]
    public static partial void ResendFailed(this ILogger logger, int count, string? error);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning, Message = "Alert {AlertId} of outbox row {OutboxId} no longer exists; notification dropped")]
    public static partial void AlertMissing(this ILogger logger, string alertId, long outboxId);
}
