namespace OpsHub.Grains.Abstractions.Organisation;

/// <summary>A counter (quầy) of a one-stop shop, from configuration.</summary>
public sealed class CounterInfo
{
    /// <summary>Its code within the unit, as queue systems send it.</summary>
    public string Code { get; set; } = "";

    /// <summary>Its display name, for example "Quầy 3 - Đất đai". Defaults to "Quầy {Code}".</summary>
    public string Name { get; set; } = "";

    /// <summary>Field codes (lĩnh vực) it serves; empty means every field.</summary>
    public IList<string> Fields { get; } = [];

    /// <summary>Procedure codes it receives, when narrower than its fields (a counter for land registration only, say); empty means all of its fields'.</summary>
    public IList<string> Procedures { get; } = [];

    /// <summary>The name to show.</summary>
    public string DisplayName => Name.Length > 0 ? Name : $"Quầy {Code}";
}
