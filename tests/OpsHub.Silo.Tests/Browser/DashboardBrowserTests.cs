using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Browser;

/// <summary>The wall page in a real headless Chromium, served by a real Kestrel.</summary>
public sealed class DashboardBrowserTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task OpenCountOnThePageChangesWithoutReloadWhenAnEventIsPosted()
    {
        await using var server = new OpsHubServer(
            await postgres.CreateDatabaseAsync("browser", TestContext.Current.CancellationToken), new FakeTimeProvider(Events.At("2026-11-20T15:00:05+07:00")), kestrel: true);
        server.StartServer();
        using var client = server.CreateClient();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        var console = new List<string>();
        page.Console += (_, message) => console.Add($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => console.Add($"page error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                console.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;
        await Chromium.SignInAsync(page, client.BaseAddress!, server.CookieHeader(TestUsers.Everything));

        await page.GotoAsync(new Uri(client.BaseAddress!, $"don-vi/{Events.Unit}").ToString());
        try
        {
            await Assertions.Expect(page.Locator("main[data-live=true]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        }
        catch (PlaywrightException ex)
        {
            throw new InvalidOperationException($"The page never became live. Browser console:\n{string.Join('\n', console)}", ex);
        }

        var open = page.GetByTestId("open-count");
        await Assertions.Expect(open).ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("UBND xã An Ngãi");

        (await Events.PostAsync(client, Events.Received(Events.NewDossierCode(), "2026-11-20T15:00:00+07:00", 2))).EnsureSuccessStatusCode();
        await Assertions.Expect(open).ToHaveTextAsync("1", new() { Timeout = 2_000 });
        (await Events.PostAsync(client, Events.Received(Events.NewDossierCode(), "2026-11-20T15:00:00+07:00", 3))).EnsureSuccessStatusCode();
        await Assertions.Expect(open).ToHaveTextAsync("2", new() { Timeout = 2_000 });

        navigations.ShouldBe(1);
        Directory.CreateDirectory("artifacts");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("artifacts", "wall-1920x1080.png") });
    }

    [Fact]
    public async Task WaitingRoomDisplayShowsTheCalledNumberWithoutReloadWhenATicketIsCalled()
    {
        await using var server = new OpsHubServer(
            await postgres.CreateDatabaseAsync("browser", TestContext.Current.CancellationToken), new FakeTimeProvider(Events.At("2026-11-24T08:00:30+07:00")), kestrel: true);
        server.StartServer();
        using var client = server.CreateClient();
        (await Events.PostAsync(client, Ticket("counter.opened", "07:30:00", new { counterCode = "Q01" }))).EnsureSuccessStatusCode();
        (await Events.PostAsync(client, Ticket("ticket.issued", "08:00:00", new { ticketNumber = "1001", fieldCode = "HT" }))).EnsureSuccessStatusCode();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;

        await page.GotoAsync(new Uri(client.BaseAddress!, "hang-doi/LD-PVHCC").ToString());
        await Assertions.Expect(page.Locator("main[data-live=true]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var serving = page.GetByTestId("serving-Q01");
        await Assertions.Expect(serving).ToHaveTextAsync("—");
        await Assertions.Expect(page.GetByTestId("waiting-HT")).ToHaveTextAsync("1");
        await Assertions.Expect(page.GetByTestId("serving-Q05")).ToHaveTextAsync("Tạm nghỉ");

        (await Events.PostAsync(client, Ticket("ticket.called", "08:01:00", new { ticketNumber = "1001", counterCode = "Q01" }))).EnsureSuccessStatusCode();

        await Assertions.Expect(serving).ToHaveTextAsync("1001", new() { Timeout = 2_000 });
        await Assertions.Expect(page.GetByTestId("waiting-total")).ToHaveTextAsync("0");
        navigations.ShouldBe(1);
        Directory.CreateDirectory("artifacts");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("artifacts", "waiting-room-1920x1080.png") });
    }

    private static System.Text.Json.Nodes.JsonObject Ticket(string type, string at, object fields) => Events.Queue(type, "LD-PVHCC", at, fields);
}
