using System.Collections.Immutable;
using System.Text.Json;
using OpsHub.Sla.Queues;

namespace OpsHub.Grains.Queues;

/// <summary>Persisted state of a counter. Never reorder or reuse the ids.</summary>
[GenerateSerializer, Alias("opshub.counter-state.v1")]
public sealed class CounterState
{
    [NonSerialized]
    private CounterDesk? _desk;

    /// <summary>The <see cref="CounterDesk"/> as JSON.</summary>
    [Id(0)]
    public string? DeskJson { get; set; }

    /// <summary>Keys of the latest facts applied, so a fact delivered again changes nothing.</summary>
    [Id(1)]
    public ImmutableList<string> AppliedKeys { get; set; } = [];

    public CounterDesk ReadDesk() => _desk ??= DeskJson is null ? new CounterDesk() : JsonSerializer.Deserialize<CounterDesk>(DeskJson)!;

    public void WriteDesk(CounterDesk desk)
    {
        _desk = desk;
        DeskJson = JsonSerializer.Serialize(desk);
    }
}
