namespace OpsHub.Storage.Tests.Providers;

[GenerateSerializer, Alias("OpsHub.Storage.Tests.CounterState")]
public sealed class CounterState
{
    [Id(0)]
    public int Count { get; set; }
}
