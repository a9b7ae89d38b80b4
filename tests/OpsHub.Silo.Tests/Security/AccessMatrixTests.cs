using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Security;

/// <summary>
/// Every person × unit × endpoint or hub: who gets in, who is told to sign in (401, or the form for pages), who is
/// refused (403). The expectations come from the rules written out below and a tree of the sample province spelled
/// out by hand, not from the product's own scope code.
/// </summary>
public sealed class AccessMatrixTests(AccessMatrixTests.Server server) : IClassFixture<AccessMatrixTests.Server>
{
    // The sample province's units used here and their parents, as appsettings.json configures them.
    private static readonly Dictionary<string, string?> Parents = new()
    {
        ["BRVT"] = null,
        ["LD"] = "BRVT",
        ["LD-ANNGAI"] = "LD",
        ["LD-TAMPHUOC"] = "LD",
        ["LD-PVHCC"] = "LD",
    };

    private static readonly Dictionary<string, (string[] Roles, string[] Units)> People = new()
    {
        ["anonymous"] = ([], []),
        ["province-leader"] = (["leader"], ["BRVT"]),
        ["district-leader"] = (["leader"], ["LD"]),
        ["commune-leader"] = (["leader"], ["LD-ANNGAI"]),
        ["shop-head"] = (["counter-head"], ["LD-PVHCC"]),
        ["ops"] = (["ops"], []),
        ["no-role"] = ([], ["LD"]),
    };

    /// <summary>What an endpoint needs.</summary>
    public enum Need
    {
        Nothing,
        Leader,
        AlertsReader,
        Ops,
    }

    /// <summary>How the answer comes: API (401/403 problem details), page (sign-in form, refusal page) or hub.</summary>
    public enum Door
    {
        Api,
        Page,
        Hub,
    }

    private static readonly (string Name, string Path, Need Need, Door Door)[] UnitEndpoints =
    [
        ("unit", "/api/v1/units/{0}", Need.Leader, Door.Api),
        ("kpis", "/api/v1/units/{0}/kpis", Need.Leader, Door.Api),
        ("queue", "/api/v1/units/{0}/queue", Need.Leader, Door.Api),
        ("now-serving", "/api/v1/units/{0}/now-serving", Need.Leader, Door.Api),
        ("dossier", "/api/v1/dossiers/{0}", Need.Leader, Door.Api),
        ("alerts", "/api/v1/alerts?unit={0}", Need.AlertsReader, Door.Api),
        ("my-alerts", "/api/v1/alerts/mine?unit={0}", Need.AlertsReader, Door.Api),
        ("wall", "/don-vi/{0}", Need.Leader, Door.Page),
        ("waiting-room", "/hang-doi/{0}", Need.Nothing, Door.Page),
        ("kpi-hub", "JoinKpis", Need.Leader, Door.Hub),
        ("unit-hub", "JoinUnit", Need.Leader, Door.Hub),
    ];

    private static readonly (string Name, string Path, Need Need, Door Door)[] OtherEndpoints =
    [
        ("metrics", "/metrics", Need.Ops, Door.Api),
        ("dead-letters", "/api/v1/ingest/dead-letters", Need.Ops, Door.Api),
        ("journal", "{0}", Need.Ops, Door.Api),
        ("deliveries", "/api/v1/alerts/deliveries?alert=none", Need.Ops, Door.Api),
        ("orleans-dashboard", "/ops/orleans/", Need.Ops, Door.Page),
        ("alert-desk", "/canh-bao", Need.AlertsReader, Door.Page),
        ("alert-hub", "/hubs/alerts", Need.AlertsReader, Door.Hub),
        ("health", "/health/ready", Need.Nothing, Door.Api),
        ("sign-in", "/canh-bao/dang-nhap", Need.Nothing, Door.Page),
    ];

    public static TheoryData<string, string, string> UnitCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var person in People.Keys)
        {
            foreach (var endpoint in UnitEndpoints)
            {
                foreach (var unit in Parents.Keys.Where(u => endpoint.Name != "dossier" || Server.Dossiers.ContainsKey(u)))
                {
                    data.Add(person, endpoint.Name, unit);
                }
            }
        }

        return data;
    }

    public static TheoryData<string, string> OtherCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var person in People.Keys)
        {
            foreach (var endpoint in OtherEndpoints)
            {
                data.Add(person, endpoint.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(UnitCases))]
    public async Task EachPersonReachesExactlyTheirUnitsAndBelow(string person, string endpoint, string unit)
    {
        var (_, path, need, door) = UnitEndpoints.Single(e => e.Name == endpoint);
        var expected = Expected(person, need, unit);
        var target = endpoint == "dossier" ? Server.Dossiers[unit] : unit;
        await CheckAsync(person, door, path, target, expected);
    }

    [Theory]
    [MemberData(nameof(OtherCases))]
    public async Task EachPersonReachesExactlyTheirRolesOperationalViews(string person, string endpoint)
    {
        var (_, path, need, door) = OtherEndpoints.Single(e => e.Name == endpoint);
        await CheckAsync(person, door, path, endpoint == "journal" ? server.JournaledEvent : null, Expected(person, need, unit: null));
    }

    private enum Outcome
    {
        Allowed,
        SignInFirst,
        Refused,
    }

    private static Outcome Expected(string person, Need need, string? unit)
    {
        var (roles, units) = People[person];
        if (need == Need.Nothing)
        {
            return Outcome.Allowed;
        }

        if (person == "anonymous")
        {
            return Outcome.SignInFirst;
        }

        var hasRole = need switch
        {
            Need.Leader => roles.Contains("leader"),
            Need.AlertsReader => roles.Contains("leader") || roles.Contains("counter-head"),
            _ => roles.Contains("ops"),
        };
        return hasRole && (unit is null || Covers(units, unit)) ? Outcome.Allowed : Outcome.Refused;
    }

    private static bool Covers(string[] roots, string unit)
    {
        for (string? u = unit; u is not null; u = Parents[u])
        {
            if (roots.Contains(u))
            {
                return true;
            }
        }

        return false;
    }

    private async Task CheckAsync(string person, Door door, string path, string? target, Outcome expected)
    {
        var user = Principal(person);
        var because = $"{person} on {string.Format(System.Globalization.CultureInfo.InvariantCulture, path, target)}";
        switch (door)
        {
            case Door.Api:
            {
                using var client = server.Hub.CreateClient(user, followRedirects: false);
                using var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, target), TestContext.Current.CancellationToken);
                var status = response.StatusCode;
                switch (expected)
                {
                    case Outcome.Allowed:
                        status.ShouldBeOneOf([HttpStatusCode.OK], because);
                        break;
                    case Outcome.SignInFirst:
                        status.ShouldBe(HttpStatusCode.Unauthorized, because);
                        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Sign in first", Case.Sensitive, because);
                        break;
                    default:
                        // Problem details that say why: the missing role, or the units the person does answer for.
                        status.ShouldBe(HttpStatusCode.Forbidden, because);
                        var problem = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                        problem.ShouldContain("\"status\":403", Case.Sensitive, because);
                        problem.ShouldMatch("does not have the role|is not one of your units", because);
                        break;
                }

                break;
            }

            case Door.Page:
            {
                using var client = server.Hub.CreateClient(user, followRedirects: false);
                using var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, target), TestContext.Current.CancellationToken);
                var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                switch (expected)
                {
                    case Outcome.Allowed:
                        response.StatusCode.ShouldBe(HttpStatusCode.OK, because);
                        body.ShouldNotContain("data-testid=\"forbidden\"", Case.Sensitive, because);
                        break;
                    case Outcome.SignInFirst:
                        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, because);
                        response.Headers.Location!.OriginalString.ShouldContain("/canh-bao/dang-nhap", Case.Sensitive, because);
                        break;
                    default:
                        // A missing role is sent to the refusal page; a unit outside theirs is refused on the wall itself.
                        if (response.StatusCode == HttpStatusCode.Redirect)
                        {
                            response.Headers.Location!.OriginalString.ShouldContain("/khong-co-quyen", Case.Sensitive, because);
                        }
                        else
                        {
                            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, because);
                            body.ShouldContain("data-testid=\"forbidden\"", Case.Sensitive, because);
                        }

                        break;
                }

                break;
            }

            default:
                await CheckHubAsync(user, path, target, expected, because);
                break;
        }
    }

    private async Task CheckHubAsync(ClaimsPrincipal? user, string path, string? unit, Outcome expected, string because)
    {
        var hubPath = unit is null ? path : "hubs/kpi";
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.Hub.Server.BaseAddress, hubPath.TrimStart('/')), o =>
            {
                o.HttpMessageHandlerFactory = _ => server.Hub.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                if (user is not null)
                {
                    o.Headers["Cookie"] = server.Hub.CookieHeader(user);
                }
            })
            .Build();
        Exception? failure = null;
        try
        {
            await connection.StartAsync(TestContext.Current.CancellationToken);
            if (unit is not null)
            {
                await connection.InvokeAsync<object>(path, unit, TestContext.Current.CancellationToken);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or HubException)
        {
            failure = ex;
        }

        switch (expected)
        {
            case Outcome.Allowed:
                failure.ShouldBeNull(because);
                break;
            case Outcome.SignInFirst:
                failure.ShouldBeOfType<HttpRequestException>(because).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, because);
                break;
            default:
                // Without the role the connection itself is refused; with it, joining another unit's group is.
                if (failure is HttpRequestException http)
                {
                    http.StatusCode.ShouldBe(HttpStatusCode.Forbidden, because);
                }
                else
                {
                    failure.ShouldBeOfType<HubException>(because).Message.ShouldContain("not one of your units", Case.Sensitive, because);
                }

                break;
        }
    }

    private static ClaimsPrincipal? Principal(string person) =>
        person == "anonymous" ? null : TestUsers.Person(person, People[person].Roles, People[person].Units);

    /// <summary>One OpsHub for the whole matrix, holding one dossier in a commune and one in the district's one-stop shop.</summary>
    public sealed class Server(PostgresServerFixture postgres) : IAsyncLifetime
    {
        /// <summary>A dossier code per unit that has one.</summary>
        public static readonly Dictionary<string, string> Dossiers = new()
        {
            ["LD-ANNGAI"] = "LD-ANNGAI-261120-00001-MATRIX",
            ["LD-PVHCC"] = "LD-PVHCC-261120-00001-MATRIX",
        };

        private OpsHubServer? _hub;

        public OpsHubServer Hub => _hub!;

        /// <summary>Where one of the dossiers' receipts can be read back from the journal (the door's answer names it).</summary>
        public string JournaledEvent { get; private set; } = "";

        public async ValueTask InitializeAsync()
        {
            _hub = new OpsHubServer(
                await postgres.CreateDatabaseAsync("matrix", TestContext.Current.CancellationToken),
                new FakeTimeProvider(Events.At("2026-11-20T15:00:05+07:00")));
            _hub.StartServer();
            using var client = _hub.CreateClient();
            foreach (var (unit, code) in Dossiers)
            {
                using var response = await Events.PostAsync(client, Events.Received(code, "2026-11-20T15:00:00+07:00", 2, unit));
                response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
                JournaledEvent = response.Headers.Location!.OriginalString;
            }

            JournaledEvent.ShouldStartWith("/api/v1/ingest/events/");
        }

        public async ValueTask DisposeAsync()
        {
            if (_hub is not null)
            {
                await _hub.DisposeAsync();
            }
        }
    }
}
