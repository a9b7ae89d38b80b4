namespace OpsHub.Bench.Infrastructure;

/// <summary>Where a benchmark silo listens and which database it uses; a restart reuses the same ports.</summary>
internal sealed record SiloSettings(string ConnectionString, int HttpPort, int SiloPort, int GatewayPort)
{
    /// <summary>Further configuration of the silo (keys as in appsettings.json), on top of the benchmark's own.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();

    public static SiloSettings Fresh(string connectionString) => new(connectionString, FreePort.Next(), FreePort.Next(), FreePort.Next());
}
