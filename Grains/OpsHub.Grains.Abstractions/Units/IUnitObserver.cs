using Orleans.Concurrency;

namespace OpsHub.Grains.Abstractions.Units;

/// <summary>Receives a unit's figures whenever they change.</summary>
[Alias("opshub.unit-observer")]
public interface IUnitObserver : IGrainObserver
{
    /// <summary>The unit's figures after a change.</summary>
    [OneWay, Alias("changed")]
    Task OnUnitChangedAsync(UnitSnapshot snapshot);
}
