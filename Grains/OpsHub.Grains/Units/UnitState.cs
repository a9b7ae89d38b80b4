namespace OpsHub.Grains.Units;

/// <summary>Persisted figures of a unit.</summary>
[GenerateSerializer, Alias("opshub.unit-state")]
public sealed class UnitState
{
    [Id(0)]
    public int Open { get; set; }

    [Id(1)]
    public int Overdue { get; set; }

    [Id(2)]
    public long Version { get; set; }

    [Id(3)]
    public DateTimeOffset? UpdatedAt { get; set; }
}
