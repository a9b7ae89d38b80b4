using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using OpsHub.Silo.Hosting;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Reliability;

/// <summary>
/// Silos on different machines share one data-protection key ring in PostgreSQL, so what one protects (a sign-in
/// cookie, an antiforgery token) another reads.
/// </summary>
public sealed class SharedKeyRingTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task WhatOneSiloProtectsAnotherUnprotectsWhenTheyShareTheDatabase()
    {
        var database = await postgres.CreateDatabaseAsync("keyring", TestContext.Current.CancellationToken);
        await using var first = Provider(database);
        await using var second = Provider(database);

        var cookie = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Protect("signed in");

        second.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(cookie).ShouldBe("signed in");
        new PostgresKeyRepository(database).GetAllElements().Count.ShouldBe(1, "the second silo used the key the first created");
    }

    [Fact]
    public async Task WhatOneSiloProtectsIsNotReadWithAnotherDatabasesKeys()
    {
        var database = await postgres.CreateDatabaseAsync("keyring", TestContext.Current.CancellationToken);
        var other = await postgres.CreateDatabaseAsync("keyring", TestContext.Current.CancellationToken);
        await using var first = Provider(database);
        await using var stranger = Provider(other);

        var cookie = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Protect("signed in");

        Should.Throw<System.Security.Cryptography.CryptographicException>(() => stranger.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(cookie));
    }

    // What AddOpsHubSilo registers, in a service provider of its own, as a separate silo process would have.
    private static ServiceProvider Provider(string database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataProtection().SetApplicationName(SiloHostingExtensions.DataProtectionApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure(o => o.XmlRepository = new PostgresKeyRepository(database));
        return services.BuildServiceProvider();
    }
}
