namespace OpsHub.Sla.Kpis;

/// <summary>The rating band of a 766 score; the Vietnamese names are in <see cref="Score766Names"/>.</summary>
public enum Score766Band
{
    /// <summary>Yếu: under the average threshold (default 50).</summary>
    Weak,

    /// <summary>Trung bình: default 50 to 70.</summary>
    Average,

    /// <summary>Khá: default 70 to 80.</summary>
    Fair,

    /// <summary>Tốt: default 80 to 90.</summary>
    Good,

    /// <summary>Xuất sắc: default 90 and above.</summary>
    Excellent,
}
