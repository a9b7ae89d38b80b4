using OpsHub.Grains.Abstractions.Units;

namespace OpsHub.Grains.Units;

/// <summary>Where unit grains publish their figures for scraping; implemented by the host.</summary>
public interface IUnitMetrics
{
    /// <summary>The unit's current figures, from the silo where its grain is active.</summary>
    void Publish(UnitSnapshot snapshot);

    /// <summary>The unit's grain left this silo; its figures are no longer this silo's to report.</summary>
    void Withdraw(string unitCode);
}
