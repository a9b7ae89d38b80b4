using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Alerts;

/// <summary>
/// The district centre (LD-PVHCC, open 07:30-11:30 and 13:00-17:00) on Tuesday 24/11/2026 with one counter head,
/// the centre's leader and the district leader configured; a ticket issued at 08:00 raises a waiting warning at
/// 08:15, which escalates at 08:45 and 09:15 unless acknowledged.
/// </summary>
internal static partial class AlertScenario
{
    public const string Shop = "LD-PVHCC";
    public const string Head = "truong-quay-pvhcc";
    public const string Leader = "lanh-dao-pvhcc";
    public const string District = "lanh-dao-huyen";
    public const string Outsider = "truong-quay-anngai";

    /// <summary>The development password of every test user (appsettings.Development-style; never a real secret).</summary>
    public const string Password = "dev-only-change-me";

    private const string Hash = "pbkdf2-sha256$100000$s2oiZMVVm9dFF/AwWXY3oA==$Il1WpsyLHNZGZjaEi1L9TJx8ccxOALWbSfHHwXMumj0=";

    public static readonly JsonSerializerOptions Json = Slice.SlaSliceTests.Json;

    public static Dictionary<string, string> Settings(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string>
        {
            ["OpsHub:Alerts:PollInterval"] = "00:00:00.100",
            ["OpsHub:Alerts:FirstRetryDelay"] = "00:00:00.100",
            ["OpsHub:Alerts:MaxRetryDelay"] = "00:00:00.400",
            [$"OpsHub:Alerts:Units:{Shop}:Heads:0"] = Head,
            [$"OpsHub:Alerts:Units:{Shop}:Leaders:0"] = Leader,
            ["OpsHub:Alerts:Units:LD-ANNGAI:Heads:0"] = Outsider,
            ["OpsHub:Alerts:District:0"] = District,
        };
        // Each overlays one appsettings.json account, whose single role and unit it replaces.
        (string User, string Role, string Unit)[] users =
            [(Head, "counter-head", Shop), (Leader, "leader", Shop), (District, "leader", "LD"), (Outsider, "counter-head", "LD-ANNGAI")];
        for (var i = 0; i < users.Length; i++)
        {
            settings[$"OpsHub:Users:Accounts:{i}:UserName"] = users[i].User;
            settings[$"OpsHub:Users:Accounts:{i}:PasswordHash"] = Hash;
            settings[$"OpsHub:Users:Accounts:{i}:Roles:0"] = users[i].Role;
            settings[$"OpsHub:Users:Accounts:{i}:Units:0"] = users[i].Unit;
        }

        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    public static async Task<OpsHubServer> StartAsync(PostgresServerFixture postgres, Dictionary<string, string> settings, bool kestrel = false)
    {
        var server = new OpsHubServer(await postgres.CreateDatabaseAsync("alerts", TestContext.Current.CancellationToken), new FakeTimeProvider(At("07:00:00")), kestrel, settings);
        server.StartServer();
        return server;
    }

    /// <summary>Opens Q01 at 07:30 and issues ticket 1001 (civil status) at 08:00.</summary>
    public static async Task IssueTicketAsync(HttpClient client)
    {
        await PostAsync(client, Queue("counter.opened", "07:30:00", new { counterCode = "Q01" }));
        await PostAsync(client, Queue("ticket.issued", "08:00:00", new { ticketNumber = "1001", fieldCode = "HT" }));
    }

    /// <summary>Calls ticket 1001 at <paramref name="at"/>, which resolves its waiting alerts.</summary>
    public static Task CallTicketAsync(OpsHubServer server, HttpClient client, string at)
    {
        server.Clock.SetUtcNow(At(at));
        return PostAsync(client, Queue("ticket.called", at, new { ticketNumber = "1001", counterCode = "Q01" }));
    }

    /// <summary>Moves the SLA clock to 08:15 and waits for the waiting warning.</summary>
    public static async Task<AlertRecord> RaiseWarningAsync(OpsHubServer server, HttpClient client)
    {
        server.Clock.SetUtcNow(At("08:15:00"));
        var alerts = await Eventually.GetAsync(() => AlertsAsync(client), a => a.Count == 1, TimeSpan.FromSeconds(15), "waiting warning raised");
        return alerts[0];
    }

    public static async Task<List<AlertRecord>> AlertsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<AlertRecord>>($"/api/v1/alerts?unit={Shop}&limit=1000", Json, TestContext.Current.CancellationToken))!;

    public static async Task<AlertRecord> AlertAsync(HttpClient client, string id) => (await AlertsAsync(client)).Single(a => a.Id == id);

    public static async Task<List<JsonObject>> DeliveriesAsync(HttpClient client, string alertId) =>
        (await client.GetFromJsonAsync<List<JsonObject>>($"/api/v1/alerts/deliveries?alert={Uri.EscapeDataString(alertId)}", Json, TestContext.Current.CancellationToken))!;

    /// <summary>Signs in through the form (antiforgery token and cookie kept by the client).</summary>
    public static async Task SignInAsync(HttpClient client, string userName)
    {
        // Only the cookie this sign-in sets, not the everything-cookie the server's clients carry by default.
        client.DefaultRequestHeaders.Remove("Cookie");
        (await SignInForm.SubmitAsync(client, userName, Password, returnUrl: "/canh-bao")).ShouldBe("/canh-bao");
    }

    public static DateTimeOffset At(string hhmmss) => Events.At($"2026-11-24T{hhmmss}+07:00");

    private static async Task PostAsync(HttpClient client, object body)
    {
        var response = await Events.PostAsync(client, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await Events.WaitAppliedAsync(client, Events.SeqOf(response))).GetProperty("state").GetString().ShouldBe("applied");
    }

    private static JsonObject Queue(string type, string at, object fields)
    {
        var body = JsonSerializer.SerializeToNode(fields)!.AsObject();
        body["type"] = type;
        body["unitCode"] = Shop;
        body["occurredAt"] = $"2026-11-24T{at}+07:00";
        return body;
    }

}
