namespace OpsHub.Storage.Tests.Providers;

/// <summary>A grain whose only job is to persist a number through the ADO.NET grain storage.</summary>
[Alias("OpsHub.Storage.Tests.ICounterGrain")]
public interface ICounterGrain : IGrainWithGuidKey
{
    [Alias("Increment")]
    Task<int> IncrementAsync();

    [Alias("Get")]
    Task<int> GetAsync();

    [Alias("Clear")]
    Task ClearAsync();

    [Alias("Deactivate")]
    Task DeactivateAsync();
}
