using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using OpsHub.Dashboard.Alerts;
using OpsHub.Testing;
using static OpsHub.Silo.Tests.Alerts.AlertScenario;

namespace OpsHub.Silo.Tests.Alerts;

/// <summary>A real .NET SignalR client on the alert hub, signed in with the cookie of the sign-in form.</summary>
public sealed partial class AlertHubTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task SignedInHeadReceivesTheNoticeOverSignalRWhenTheAlertFires()
    {
        await using var server = await StartAsync(postgres, Settings());
        using var client = server.CreateClient();
        await IssueTicketAsync(client);
        var cookie = await SignInCookieAsync(server, Head);
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(server.Server.BaseAddress, "hubs/alerts"), o =>
            {
                o.HttpMessageHandlerFactory = _ => server.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.Headers["Cookie"] = cookie;
            })
            .Build();
        var pushed = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<JsonElement>(AlertHub.AlertChanged, n => pushed.TrySetResult(n));
        await hub.StartAsync(TestContext.Current.CancellationToken);

        var alert = await RaiseWarningAsync(server, client);
        var notice = await pushed.Task.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
        notice.GetProperty("transition").GetString().ShouldBe("firing");
        notice.GetProperty("alert").GetProperty("id").GetString().ShouldBe(alert.Id);
        notice.GetProperty("recipients").EnumerateArray().Select(r => r.GetString()).ShouldBe([Head]);
    }

    [Fact]
    public async Task HubRefusesTheConnectionWhenNotSignedIn()
    {
        await using var server = await StartAsync(postgres, Settings());
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(server.Server.BaseAddress, "hubs/alerts"), o =>
            {
                o.HttpMessageHandlerFactory = _ => server.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
            })
            .Build();
        var error = await Should.ThrowAsync<HttpRequestException>(() => hub.StartAsync(TestContext.Current.CancellationToken));
        error.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    // The form's antiforgery cookie goes back with the post; the answer's sign-in cookie is what the hub needs.
    private static async Task<string> SignInCookieAsync(Infrastructure.OpsHubServer server, string user)
    {
        using var raw = new HttpClient(server.Server.CreateHandler()) { BaseAddress = server.Server.BaseAddress };
        using var form = await raw.GetAsync("/canh-bao/dang-nhap", TestContext.Current.CancellationToken);
        var html = await form.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var token = TokenField().Match(html);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/canh-bao/dang-nhap")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                [WebUtility.HtmlDecode(token.Groups["name"].Value)] = WebUtility.HtmlDecode(token.Groups["value"].Value),
                ["userName"] = user,
                ["password"] = Password,
            }),
        };
        post.Headers.Add("Cookie", Cookies(form));
        using var signedIn = await raw.SendAsync(post, TestContext.Current.CancellationToken);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return Cookies(signedIn);
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex TokenField();
}
