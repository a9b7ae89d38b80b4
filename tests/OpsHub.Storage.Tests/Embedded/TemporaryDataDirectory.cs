namespace OpsHub.Storage.Tests.Embedded;

/// <summary>A data folder under /tmp that the 'postgres' account can reach, deleted afterwards.</summary>
internal sealed class TemporaryDataDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"opshub-pg-test-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
