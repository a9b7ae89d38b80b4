using System.Collections.Immutable;
using System.Text.Json;
using OpsHub.Sla.Queues;

namespace OpsHub.Grains.Queues;

/// <summary>Persisted state of a one-stop shop's queue. Never reorder or reuse the ids.</summary>
[GenerateSerializer, Alias("opshub.queue-state.v1")]
public sealed class QueueState
{
    [NonSerialized]
    private WaitingRoom? _room;

    /// <summary>The <see cref="WaitingRoom"/> as JSON: a plain, Orleans-free value that evolves without serializer ids.</summary>
    [Id(0)]
    public string? RoomJson { get; set; }

    /// <summary>Journal numbers of the latest events applied, so a re-delivered event is a duplicate.</summary>
    [Id(1)]
    public ImmutableList<long> AppliedSeqs { get; set; } = [];

    /// <summary>Increases with every change.</summary>
    [Id(2)]
    public long Version { get; set; }

    // Methods, not a property: the storage provider's JSON serializer must see only RoomJson.
    public WaitingRoom ReadRoom() => _room ??= RoomJson is null ? new WaitingRoom() : JsonSerializer.Deserialize<WaitingRoom>(RoomJson)!;

    public void WriteRoom(WaitingRoom room)
    {
        _room = room;
        RoomJson = JsonSerializer.Serialize(room);
    }
}
