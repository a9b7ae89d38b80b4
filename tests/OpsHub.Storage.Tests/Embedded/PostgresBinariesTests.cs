using OpsHub.Storage.Embedded;

namespace OpsHub.Storage.Tests.Embedded;

public sealed class PostgresBinariesTests : IDisposable
{
    private readonly TemporaryDataDirectory _root = new();

    [Fact]
    public void ListsNewestVersionFirstWhenSeveralAreInstalled()
    {
        foreach (var version in new[] { "9.6", "15", "16", "13", "notes" })
        {
            Directory.CreateDirectory(Path.Combine(_root.Path, version, "bin"));
        }

        var found = PostgresBinaries.VersionedDirectories(_root.Path, "*", name => name, "bin")
            .Select(directory => Path.GetFileName(Path.GetDirectoryName(directory)))
            .ToArray();

        found.ShouldBe(["16", "15", "13", "9.6"]);
    }

    [Fact]
    public void NamesSearchedFoldersWhenBinariesAreMissing()
    {
        var incomplete = Path.Combine(_root.Path, "15", "bin");
        Directory.CreateDirectory(incomplete);
        File.WriteAllText(Path.Combine(incomplete, "pg_ctl"), string.Empty);

        var failure = Should.Throw<InvalidOperationException>(() => PostgresBinaries.Locate([incomplete]));

        failure.Message.ShouldContain("initdb, pg_ctl, postgres");
        failure.Message.ShouldContain(incomplete);
        failure.Message.ShouldContain("OpsHub:Postgres:ConnectionString");
    }

    [Fact]
    public void FindsInstallationWhenAllToolsArePresent()
    {
        var complete = Path.Combine(_root.Path, "16", "bin");
        Directory.CreateDirectory(complete);
        foreach (var tool in new[] { "initdb", "pg_ctl", "postgres" })
        {
            File.WriteAllText(Path.Combine(complete, tool), string.Empty);
        }

        PostgresBinaries.Locate([Path.Combine(_root.Path, "missing"), complete]).Directory.ShouldBe(complete);
    }

    public void Dispose() => _root.Dispose();
}
