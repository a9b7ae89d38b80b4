namespace OpsHub.Bench.Ceiling;

/// <summary>A grain that does nothing but answer: its call rate is the ceiling of any grain call path.</summary>
[Alias("opshub.bench.echo")]
public interface IEchoGrain : IGrainWithIntegerKey
{
    /// <summary>Returns <paramref name="value"/>.</summary>
    [Alias("echo")]
    Task<int> EchoAsync(int value);
}
