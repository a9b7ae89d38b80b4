using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using OpsHub.Storage.Embedded;
using OpsHub.Testing;

namespace OpsHub.Storage.Tests.Embedded;

// The embedded server is for Linux machines (it relies on /proc, runuser and Unix file modes).
[SupportedOSPlatform("linux")]
public sealed class EmbeddedPostgresTests : IDisposable
{
    private readonly TemporaryDataDirectory _data = new();
    private readonly int _port = FreePort.Next();

    [Fact]
    public async Task KeepsDataWhenRestartedOverExistingFolder()
    {
        await using (var first = CreateServer())
        {
            var connectionString = await first.StartAsync(TestContext.Current.CancellationToken);
            await ExecuteAsync(connectionString, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('survives a restart')");
            await first.StopAsync(TestContext.Current.CancellationToken);
            File.Exists(Path.Combine(first.ClusterDirectory, "postmaster.pid")).ShouldBeFalse();
        }

        await using var second = CreateServer();
        var again = await second.StartAsync(TestContext.Current.CancellationToken);

        (await ScalarAsync(again, "SELECT note FROM kept")).ShouldBe("survives a restart");
        new NpgsqlConnectionStringBuilder(again).Database.ShouldBe(EmbeddedPostgres.DatabaseName);
    }

    [Fact]
    public async Task KeepsPasswordOwnerOnlyWhenClusterIsCreated()
    {
        await using var server = CreateServer();
        var connectionString = await server.StartAsync(TestContext.Current.CancellationToken);

        var passwordFile = Path.Combine(server.DataDirectory, "superuser.password");
        File.GetUnixFileMode(passwordFile).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        new NpgsqlConnectionStringBuilder(connectionString).Password.ShouldBe(File.ReadAllText(passwordFile));
        (await ScalarAsync(connectionString, "SELECT current_setting('listen_addresses')")).ShouldBe("127.0.0.1");
        (await ScalarAsync(connectionString, "SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()"))
            .ShouldBe("UTF8");
    }

    [Fact]
    public async Task SizesTheServerAndResizesItWhenRestartedWithOtherSizes()
    {
        await using (var sized = CreateServer())
        {
            var connectionString = await sized.StartAsync(TestContext.Current.CancellationToken);

            (await ScalarAsync(connectionString, "SELECT current_setting('shared_buffers')")).ShouldBe("1GB");
            (await ScalarAsync(connectionString, "SELECT current_setting('max_wal_size')")).ShouldBe("4GB");
            (await ScalarAsync(connectionString, "SELECT current_setting('synchronous_commit')")).ShouldBe("on");
            await sized.StopAsync(TestContext.Current.CancellationToken);
        }

        await using var resized = CreateServer(o =>
        {
            o.SharedBuffersMegabytes = 256;
            o.MaxWalSizeMegabytes = 2048;
        });
        var again = await resized.StartAsync(TestContext.Current.CancellationToken);

        (await ScalarAsync(again, "SELECT current_setting('shared_buffers')")).ShouldBe("256MB");
        (await ScalarAsync(again, "SELECT current_setting('max_wal_size')")).ShouldBe("2GB");
    }

    [Fact]
    public void RefusesSizesOutsideTheirRangesByName()
    {
        var failure = Should.Throw<OptionsValidationException>(() => CreateServer(o =>
        {
            o.SharedBuffersMegabytes = 8;
            o.MaxWalSizeMegabytes = 0;
        }));

        failure.Message.ShouldContain("OpsHub:Postgres:SharedBuffersMegabytes must be between 16 and 65536 (was 8)");
        failure.Message.ShouldContain("OpsHub:Postgres:MaxWalSizeMegabytes must be between 64 and 1048576 (was 0)");
    }

    [Fact]
    public async Task StartsWhenPostmasterWasKilled()
    {
        await using var killed = CreateServer();
        var connectionString = await killed.StartAsync(TestContext.Current.CancellationToken);
        await ExecuteAsync(connectionString, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('survives kill -9')");
        var pidFile = Path.Combine(killed.ClusterDirectory, "postmaster.pid");
        var pid = int.Parse(File.ReadLines(pidFile).First(), System.Globalization.CultureInfo.InvariantCulture);
        using (var postmaster = Process.GetProcessById(pid))
        {
            postmaster.Kill(); // SIGKILL: no shutdown, postmaster.pid stays behind.
            await postmaster.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        NpgsqlConnection.ClearAllPools();
        File.Exists(pidFile).ShouldBeTrue();

        await using var restarted = CreateServer();
        var again = await restarted.StartAsync(TestContext.Current.CancellationToken);

        (await ScalarAsync(again, "SELECT note FROM kept")).ShouldBe("survives kill -9");
        var newPid = int.Parse(File.ReadLines(pidFile).First(), System.Globalization.CultureInfo.InvariantCulture);
        newPid.ShouldNotBe(pid);
    }

    [Fact]
    public async Task AdoptsAndLaterStopsAServerLeftRunningByAKilledHost()
    {
        // The first host "dies" without stopping its server: the second finds it running, uses it, and stops it.
        var orphaned = CreateServer();
        await orphaned.StartAsync(TestContext.Current.CancellationToken);
        var pidFile = Path.Combine(orphaned.ClusterDirectory, "postmaster.pid");
        var pid = int.Parse(File.ReadLines(pidFile).First(), System.Globalization.CultureInfo.InvariantCulture);

        await using var adopter = CreateServer();
        var connectionString = await adopter.StartAsync(TestContext.Current.CancellationToken);
        (await ScalarAsync(connectionString, "SELECT 'adopted'")).ShouldBe("adopted");
        int.Parse(File.ReadLines(pidFile).First(), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(pid);
        await adopter.StopAsync(TestContext.Current.CancellationToken);

        File.Exists(pidFile).ShouldBeFalse();
        NpgsqlConnection.ClearAllPools();
        await Should.ThrowAsync<NpgsqlException>(() => ScalarAsync(connectionString, "SELECT 1"));
    }

    [Fact]
    public async Task ReportsServerLogWhenPortIsTaken()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, _port);
        squatter.Start();
        await using var server = CreateServer();

        var failure = await Should.ThrowAsync<InvalidOperationException>(() => server.StartAsync(TestContext.Current.CancellationToken));

        failure.Message.ShouldContain("could not bind");
        failure.Message.ShouldContain(_port.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        _data.Dispose();
    }

    private EmbeddedPostgres CreateServer(Action<PostgresOptions>? configure = null)
    {
        var options = new PostgresOptions { DataDirectory = _data.Path, Port = _port, StartTimeout = TimeSpan.FromSeconds(60) };
        configure?.Invoke(options);
        return new(Options.Create(options), NullLogger<EmbeddedPostgres>.Instance, TimeProvider.System);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<string?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
