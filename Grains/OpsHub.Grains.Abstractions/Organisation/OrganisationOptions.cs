namespace OpsHub.Grains.Abstractions.Organisation;

/// <summary>
/// The organisation OpsHub watches: its name and its units. Section <c>OpsHub:Organisation</c>. A full tree with
/// levels (province, district, commune, one-stop shop, counter) comes with the KPI work; for now a flat list.
/// </summary>
public sealed class OrganisationOptions
{
    public const string Section = "OpsHub:Organisation";

    /// <summary>Display name of the organisation, for example "UBND huyện Long Điền".</summary>
    public string Name { get; set; } = "OpsHub";

    /// <summary>The units that may receive dossiers. Events for any other unit are refused.</summary>
    public IList<UnitInfo> Units { get; } = [];

    /// <summary>The unit with <paramref name="code"/>, or <c>null</c>.</summary>
    public UnitInfo? Find(string code) => Units.FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.Ordinal));
}
