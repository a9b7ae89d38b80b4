using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Sla.Calendar;

namespace OpsHub.Silo.Alerting;

/// <summary>
/// Labels, annotations and the two Alertmanager-shaped payloads: the v2 API's postable alert and the webhook
/// message (version 4). Labels identify an alert and never change during its life; what changes (escalation,
/// acknowledgement) is in the annotations.
/// </summary>
public static class AlertPayloads
{
    /// <summary>The receiver name in webhook messages.</summary>
    public const string Receiver = "opshub";

    private static readonly DateTimeOffset ZeroTime = new(1, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static Dictionary<string, string> Labels(AlertRecord alert)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["alertname"] = "OpsHub" + alert.Kind,
            ["severity"] = alert.Severity == AlertSeverity.Critical ? "critical" : "warning",
            ["unit"] = alert.UnitCode,
            ["kind"] = alert.Kind.ToString(),
            ["subject"] = alert.Subject,
            ["alert_id"] = alert.Id,
        };
        Add(labels, "field", alert.Field);
        Add(labels, "counter", alert.Counter);
        Add(labels, "department", alert.Department);
        return labels;
    }

    public static Dictionary<string, string> Annotations(AlertRecord alert, Uri externalUrl)
    {
        var annotations = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["summary"] = Summary(alert),
            ["due_at"] = Iso(alert.DueAt),
            ["escalation_level"] = alert.EscalationLevel.ToString(CultureInfo.InvariantCulture),
            ["dashboard"] = Link(alert, externalUrl).ToString(),
        };
        Add(annotations, "description", alert.Detail);
        Add(annotations, "acknowledged_by", alert.AcknowledgedBy);
        Add(annotations, "acknowledgement_note", alert.AcknowledgementNote);
        return annotations;
    }

    /// <summary>
    /// An alert for <c>POST /api/v2/alerts</c>. Alertmanager judges start and end against its own clock, so neither
    /// is later than <paramref name="wallNow"/>; a firing alert has no end (Alertmanager's resolve timeout applies,
    /// hence the re-sending), a resolved one ends when it was resolved.
    /// </summary>
    public static Dictionary<string, object> Postable(AlertRecord alert, Uri externalUrl, DateTimeOffset wallNow)
    {
        var startsAt = Min(alert.RaisedAt, wallNow);
        var body = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["labels"] = Labels(alert),
            ["annotations"] = Annotations(alert, externalUrl),
            ["startsAt"] = Iso(startsAt),
            ["generatorURL"] = Link(alert, externalUrl).ToString(),
        };
        if (alert.ResolvedAt is { } resolved)
        {
            var endsAt = Min(resolved, wallNow);
            body["endsAt"] = Iso(endsAt < startsAt ? startsAt : endsAt);
        }

        return body;
    }

    /// <summary>A webhook message with one alert, as Alertmanager's webhook receiver sends it (version 4).</summary>
    public static Dictionary<string, object> Webhook(AlertRecord alert, Uri externalUrl)
    {
        var status = alert.ResolvedAt is null ? "firing" : "resolved";
        var labels = Labels(alert);
        var annotations = Annotations(alert, externalUrl);
        var groupLabels = new Dictionary<string, string>(StringComparer.Ordinal) { ["unit"] = alert.UnitCode };
        return new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["version"] = "4",
            ["groupKey"] = $"{{}}:{{unit=\"{alert.UnitCode}\"}}",
            ["truncatedAlerts"] = 0,
            ["status"] = status,
            ["receiver"] = Receiver,
            ["groupLabels"] = groupLabels,
            ["commonLabels"] = labels,
            ["commonAnnotations"] = annotations,
            ["externalURL"] = externalUrl.ToString().TrimEnd('/'),
            ["alerts"] = new object[]
            {
                new Dictionary<string, object>(StringComparer.Ordinal)
                {
                    ["status"] = status,
                    ["labels"] = labels,
                    ["annotations"] = annotations,
                    ["startsAt"] = Iso(alert.RaisedAt),
                    ["endsAt"] = Iso(alert.ResolvedAt ?? ZeroTime),
                    ["generatorURL"] = Link(alert, externalUrl).ToString(),
                    ["fingerprint"] = Fingerprint(alert.Id),
                },
            },
        };
    }

    /// <summary>A stable 16-hex-digit fingerprint of the alert id.</summary>
    public static string Fingerprint(string alertId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(alertId)))[..16];

    public static Uri Link(AlertRecord alert, Uri externalUrl) => new(externalUrl, $"canh-bao?alert={Uri.EscapeDataString(alert.Id)}");

    /// <summary>One Vietnamese line: what happened, to what, where; instants in Vietnam's time.</summary>
    public static string Summary(AlertRecord alert)
    {
        var what = alert.Kind switch
        {
            AlertKind.DossierOverdue => "Hồ sơ quá hạn",
            AlertKind.ElapsedWarning => "Hồ sơ sắp đến hạn",
            AlertKind.DueToday => "Hồ sơ đến hạn hôm nay",
            AlertKind.LateWithoutApology => "Hồ sơ trễ hạn chưa có văn bản xin lỗi",
            AlertKind.StepOverdue => "Bước xử lý quá hạn",
            AlertKind.WaitingWarning => "Công dân chờ lâu",
            AlertKind.WaitingCritical => "Công dân chờ quá lâu",
            AlertKind.CounterClosedWithQueue => "Quầy đóng khi còn người chờ",
            _ => "Cảnh báo",
        };
        var local = TimeZoneInfo.ConvertTime(alert.DueAt, VietnamTime.Zone);
        return $"{what}: {alert.Subject} ({alert.UnitCode}), mốc {local.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)}";
    }

    private static void Add(Dictionary<string, string> map, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            map[key] = value;
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
