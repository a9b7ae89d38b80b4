namespace OpsHub.Grains;

/// <summary>
/// The service key of the <see cref="TimeProvider"/> that SLA logic reads. It is keyed so tests can drive SLA
/// time with a fake clock without also freezing the time Orleans itself runs on.
/// </summary>
public static class SlaClock
{
    /// <summary>Key of the SLA <see cref="TimeProvider"/> in the service container.</summary>
    public const string Key = "opshub-sla";
}
