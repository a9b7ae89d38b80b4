using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpsHub.Grains;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Infrastructure;

/// <summary>
/// The whole OpsHub process in the test: silo, API and dashboard on a real PostgreSQL database, with the SLA
/// clock replaced by a fake one the test moves. Orleans itself keeps real time.
/// </summary>
public sealed class OpsHubServer : WebApplicationFactory<Program>
{
    private readonly string _connectionString;
    private readonly int _siloPort = FreePort.Next();
    private readonly int _gatewayPort = FreePort.Next();
    private readonly IReadOnlyDictionary<string, string>? _settings;
    private readonly bool _kestrel;

    public OpsHubServer(string connectionString, FakeTimeProvider clock, bool kestrel = false, IReadOnlyDictionary<string, string>? settings = null)
    {
        _connectionString = connectionString;
        _settings = settings;
        _kestrel = kestrel;
        Clock = clock;
        if (kestrel)
        {
            UseKestrel(0);
        }
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>
    /// Services replaced for one test, on this server itself (a <c>WithWebHostBuilder</c> copy would start this server
    /// too, since its clients' cookies come from here: two silos on one database).
    /// </summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>The development source's key (appsettings.json), sent by every client this server creates.</summary>
    public const string DevApiKey = "opshub-dev-key-change-me";

    /// <summary>A source allowed one request per second with a burst of two.</summary>
    public const string SlowApiKey = "opshub-test-slow-source";

    /// <summary>The development scrape token (appsettings.json, deploy/prometheus/opshub-scrape-token.dev).</summary>
    public const string DevScrapeToken = "opshub-dev-scrape-token-change-me";

    /// <summary>
    /// Every client this server creates sends the development source's key and the sign-in cookie of
    /// <see cref="TestUsers.Everything"/> (all roles, the whole province); <see cref="CreateClient(ClaimsPrincipal?, bool)"/>
    /// makes one for another person, or for nobody.
    /// </summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add("X-Api-Key", DevApiKey);
        client.DefaultRequestHeaders.Add("Cookie", CookieHeader(TestUsers.Everything));
    }

    /// <summary>A client signed in as <paramref name="user"/>, or signed in as nobody when it is <c>null</c>.</summary>
    public HttpClient CreateClient(ClaimsPrincipal? user, bool followRedirects = true)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects });
        client.DefaultRequestHeaders.Remove("Cookie");
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", CookieHeader(user));
        }

        return client;
    }

    /// <summary>
    /// <c>opshub-auth={ticket}</c>: the sign-in cookie the form would have set for <paramref name="user"/>, protected
    /// with this server's own keys, so the real cookie handler reads it (the form itself is tested in the alert tests).
    /// </summary>
    public string CookieHeader(ClaimsPrincipal user)
    {
        var cookie = Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var now = DateTimeOffset.UtcNow;
        var ticket = new AuthenticationTicket(user, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.AddHours(12) }, CookieAuthenticationDefaults.AuthenticationScheme);
        return $"{cookie.Cookie.Name}={cookie.TicketDataFormat.Protect(ticket)}";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("OpsHub:Postgres:ConnectionString", _connectionString);
        builder.UseSetting("OpsHub:Silo:SiloPort", _siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("OpsHub:Silo:GatewayPort", _gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("OpsHub:Silo:ClusterId", $"test-{Guid.NewGuid():N}");
        // The SLA gauges are summed from the ledger every second rather than every 30, so a scrape soon sees them.
        builder.UseSetting("OpsHub:Metrics:SlaInterval", "00:00:01");
        // The unit ledger is rolled up every second rather than every 10, so every test's figures are also read across roll-ups.
        builder.UseSetting("OpsHub:Ledger:RollUpInterval", "00:00:01");
        // Servers on Kestrel warm their door up over HTTP in the background; the suite runs many on a shared machine, so
        // each warms up for at most 3 s (DoorHttpWarmupTests runs a whole one). An in-memory server has no socket to
        // warm up through (the address it reports is only the configured one), so its door is not warmed up at all.
        builder.UseSetting("OpsHub:Ingest:Journal:WarmUpLimit", "00:00:03");
        builder.UseSetting("OpsHub:Ingest:Journal:WarmUpDoor", _kestrel ? "true" : "false");
        builder.UseSetting("OpsHub:Ingest:Sources:1:Name", "slow-test-source");
        builder.UseSetting("OpsHub:Ingest:Sources:1:ApiKeySha256", "ef0c49ff2272c16e0eac4a943476760021326d796e1bc06d61c3a90c292db2e9");
        builder.UseSetting("OpsHub:Ingest:Sources:1:RequestsPerSecond", "1");
        builder.UseSetting("OpsHub:Ingest:Sources:1:Burst", "2");
        foreach (var (key, value) in _settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddKeyedSingleton<TimeProvider>(SlaClock.Key, Clock);
            TestServices?.Invoke(services);
        });
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection());
    }

    /// <summary>Changes a setting while the server runs, as an operator editing configuration would.</summary>
    public void Reconfigure(string key, string value)
    {
        var root = (IConfigurationRoot)Services.GetRequiredService<IConfiguration>();
        root.Providers.OfType<MemoryConfigurationProvider>().Last().Set(key, value);
        root.Reload();
    }
}
