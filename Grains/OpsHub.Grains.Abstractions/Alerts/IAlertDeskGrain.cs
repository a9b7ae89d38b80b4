using System.Collections.Immutable;

namespace OpsHub.Grains.Abstractions.Alerts;

/// <summary>
/// The counter heads' desk: the alerts routed to a user and their acknowledgement. A stateless worker (key 0); the
/// alerts live in PostgreSQL.
/// </summary>
[Alias("opshub.alert-desk")]
public interface IAlertDeskGrain : IGrainWithIntegerKey
{
    /// <summary>The alerts routed to <paramref name="userName"/> (at the alert's escalation level), newest first.</summary>
    [Alias("list-for-user")]
    Task<ImmutableArray<AlertRecord>> ListForUserAsync(string userName, AlertFilter filter);

    /// <summary>Acknowledges alert <paramref name="alertId"/> as <paramref name="userName"/>, with a note.</summary>
    [Alias("acknowledge")]
    Task<AcknowledgeResult> AcknowledgeAsync(string alertId, string userName, string? note);

    /// <summary>The users an alert goes to at its current escalation level.</summary>
    [Alias("recipients")]
    Task<ImmutableArray<string>> RecipientsAsync(AlertRecord alert);
}
