namespace OpsHub.Silo.Hosting;

/// <summary>How this silo joins its cluster. Section <c>OpsHub:Silo</c>.</summary>
public sealed class SiloOptions
{
    public const string Section = "OpsHub:Silo";

    /// <summary>The cluster this silo belongs to; silos sharing a database and id form one cluster. Default "opshub".</summary>
    public string ClusterId { get; set; } = "opshub";

    /// <summary>The service's id, which keys its stored grain state. Never change it on a live deployment. Default "opshub".</summary>
    public string ServiceId { get; set; } = "opshub";

    /// <summary>The address other silos reach this one at. Default 127.0.0.1 (one machine).</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>Silo-to-silo port. Default 11111.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port Orleans clients (a separate dashboard process) connect to. Default 30000.</summary>
    public int GatewayPort { get; set; } = 30000;
}
