namespace OpsHub.Sla.Clock;

/// <summary>Whether the clock ran during a segment of its timeline.</summary>
public enum SegmentKind
{
    /// <summary>The clock ran (working time counted toward the due instant).</summary>
    Running = 1,

    /// <summary>The clock was paused.</summary>
    Paused = 2,
}
