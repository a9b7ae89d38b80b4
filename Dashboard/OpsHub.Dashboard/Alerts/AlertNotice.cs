using System.Collections.Immutable;
using OpsHub.Grains.Abstractions.Alerts;

namespace OpsHub.Dashboard.Alerts;

/// <summary>A notification for the counter heads' view: the alert as it now stands, what changed, and who it is for.</summary>
/// <param name="Alert">The alert.</param>
/// <param name="Transition">firing, escalated, acknowledged or resolved.</param>
/// <param name="Recipients">The user names it goes to.</param>
public sealed record AlertNotice(AlertRecord Alert, string Transition, ImmutableArray<string> Recipients)
{
    /// <summary>Whether it deserves the loud cue: a critical alert that is new or has escalated.</summary>
    public bool IsLoud => Alert.Severity == AlertSeverity.Critical && Transition is "firing" or "escalated";
}
