using OpsHub.Grains.Abstractions.Alerts;

namespace OpsHub.Grains.Alerts;

/// <summary>The durable record of raised alerts. One alert per id: raising it again changes nothing.</summary>
public interface IAlertStore
{
    /// <summary>
    /// Records <paramref name="alert"/> unless an alert with its id exists. Returns the stored alert: the new one,
    /// or the one raised before (with its original instant).
    /// </summary>
    Task<AlertRecord> RaiseAsync(AlertRecord alert, CancellationToken cancellationToken = default);

    /// <summary>Marks the alert resolved at <paramref name="at"/>, if it is open.</summary>
    Task ResolveAsync(string alertId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The alert with <paramref name="alertId"/>, or <c>null</c>.</summary>
    Task<AlertRecord?> GetAsync(string alertId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records that <paramref name="userName"/> acknowledged the alert at <paramref name="at"/>, if it is open and not
    /// acknowledged; returns the alert as stored then, or <c>null</c> when nothing changed.
    /// </summary>
    Task<AlertRecord?> AcknowledgeAsync(string alertId, string userName, string? note, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Alerts, newest first, optionally of one unit and only open ones.</summary>
    Task<IReadOnlyList<AlertRecord>> ListAsync(AlertQuery query, CancellationToken cancellationToken = default);
}
