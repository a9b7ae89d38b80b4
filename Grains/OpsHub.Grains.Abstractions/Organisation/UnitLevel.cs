namespace OpsHub.Grains.Abstractions.Organisation;

/// <summary>The administrative level of a unit. Since 1 July 2025 provinces have no districts: a tree may skip a level.</summary>
public enum UnitLevel
{
    /// <summary>Tỉnh / thành phố trực thuộc trung ương.</summary>
    Province = 1,

    /// <summary>Huyện, quận, thị xã (abolished on 1 July 2025; kept for history).</summary>
    District = 2,

    /// <summary>Xã, phường, thị trấn.</summary>
    Commune = 3,

    /// <summary>A one-stop shop (Bộ phận Một cửa) or public administrative service centre (Trung tâm PVHCC).</summary>
    OneStopShop = 4,
}
