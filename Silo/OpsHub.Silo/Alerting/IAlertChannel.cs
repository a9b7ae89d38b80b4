using OpsHub.Grains.Abstractions.Alerts;

namespace OpsHub.Silo.Alerting;

/// <summary>One way notifications leave OpsHub.</summary>
public interface IAlertChannel
{
    /// <summary>Its name, as stored in the outbox and used as the metric label (see <c>AlertChannels</c>).</summary>
    string Name { get; }

    /// <summary>Its settings now.</summary>
    ChannelOptions Options { get; }

    /// <summary>Whether it announces <paramref name="transition"/> at all.</summary>
    bool Announces(string transition);

    /// <summary>Sends one notification; never throws for a failed delivery.</summary>
    Task<DeliveryResult> SendAsync(OutboxItem item, AlertRecord alert, CancellationToken cancellationToken);
}
