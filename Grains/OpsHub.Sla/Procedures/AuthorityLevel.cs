namespace OpsHub.Sla.Procedures;

/// <summary>The level of government that decides a procedure.</summary>
public enum AuthorityLevel
{
    /// <summary>Commune, ward or town (xã, phường, thị trấn).</summary>
    Commune = 1,

    /// <summary>District (huyện); abolished on 1 July 2025 but still found in older data.</summary>
    District = 2,

    /// <summary>Province (tỉnh) or one of its departments.</summary>
    Province = 3,
}
