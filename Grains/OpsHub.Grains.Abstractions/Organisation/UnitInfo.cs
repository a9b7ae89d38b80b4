namespace OpsHub.Grains.Abstractions.Organisation;

/// <summary>A unit of the organisation.</summary>
public sealed class UnitInfo
{
    /// <summary>Its stable code, as sources send it.</summary>
    public string Code { get; set; } = "";

    /// <summary>Its display name, for example "UBND xã An Ngãi".</summary>
    public string Name { get; set; } = "";
}
