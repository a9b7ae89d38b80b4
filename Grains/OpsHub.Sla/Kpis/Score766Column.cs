namespace OpsHub.Sla.Kpis;

/// <summary>The six published columns of the national service-quality index (Decision 766/QĐ-TTg).</summary>
public enum Score766Column
{
    /// <summary>Công khai, minh bạch: publicity and transparency. OpsHub cannot observe it.</summary>
    Publicity,

    /// <summary>Tiến độ giải quyết: progress of handling.</summary>
    Progress,

    /// <summary>Dịch vụ công trực tuyến: online public services.</summary>
    OnlineServices,

    /// <summary>Thanh toán trực tuyến: online payment.</summary>
    OnlinePayment,

    /// <summary>Mức độ hài lòng: satisfaction.</summary>
    Satisfaction,

    /// <summary>Số hoá hồ sơ: digitisation.</summary>
    Digitisation,
}
