using Deque.AxeCore.Playwright;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Browser;

/// <summary>The wall screen of a district, at full HD and 4K, in a real headless Chromium served by a real Kestrel.</summary>
public sealed class WallBrowserTests(PostgresServerFixture postgres)
{
    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(3840, 2160)]
    public async Task DistrictWallShowsRolledUpFiguresListsForecastQueuesAndAlertsAndUpdatesLiveAfterEvents(int width, int height)
    {
        // Tuesday 24 November 2026, 10:00.
        await using var server = new OpsHubServer(
            await postgres.CreateDatabaseAsync("wall", TestContext.Current.CancellationToken), new FakeTimeProvider(Events.At("2026-11-24T10:00:05+07:00")), kestrel: true);
        server.StartServer();
        using var client = server.CreateClient();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;
        await Chromium.SignInAsync(page, client.BaseAddress!, server.CookieHeader(TestUsers.Everything));

        await page.GotoAsync(new Uri(client.BaseAddress!, "don-vi/LD").ToString());
        await Assertions.Expect(page.Locator("main[data-live=true]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("UBND huyện Long Điền");
        await Assertions.Expect(page.GetByTestId("received-today")).ToHaveTextAsync("0");
        await Assertions.Expect(page.GetByTestId("today-chart").Locator("svg").First).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("on-time-month")).ToHaveTextAsync("chưa đo");
        await Assertions.Expect(page.GetByTestId("on-time-gauge")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("score766-value")).ToHaveTextAsync("chưa đo");
        await Assertions.Expect(page.GetByTestId("overdue-list")).ToContainTextAsync("Không có");
        await Assertions.Expect(page.GetByTestId("alert-ticker")).ToContainTextAsync("Không có cảnh báo đang mở");

        var (fresh, late, done) = (Events.NewDossierCode(), Events.NewDossierCode(), Events.NewDossierCode());
        (await Events.PostAsync(client, Events.Received(fresh, "2026-11-24T09:00:00+07:00", 2))).EnsureSuccessStatusCode();
        (await Events.PostAsync(client, Events.Received(late, "2026-11-16T08:00:00+07:00", 1))).EnsureSuccessStatusCode();
        (await Events.PostAsync(client, Events.Received(done, "2026-11-23T08:00:00+07:00", 1))).EnsureSuccessStatusCode();
        (await Events.PostAsync(client, Events.Completed(done, "2026-11-24T09:30:00+07:00"))).EnsureSuccessStatusCode();
        (await Events.PostAsync(client, Events.Queue("counter.opened", "LD-PVHCC", "09:00:00", new { counterCode = "Q01", staff = "Nguyễn Văn An" }))).EnsureSuccessStatusCode();
        (await Events.PostAsync(client, Events.Queue("ticket.issued", "LD-PVHCC", "09:55:00", new { ticketNumber = "1001", fieldCode = "HT" }))).EnsureSuccessStatusCode();

        await Assertions.Expect(page.GetByTestId("received-today")).ToHaveTextAsync("1", new() { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("open-count")).ToHaveTextAsync("2", new() { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("overdue-count")).ToHaveTextAsync("1", new() { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("overdue-list")).ToContainTextAsync(late, new() { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("alert-ticker")).ToContainTextAsync(late, new() { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("alert-ticker")).ToContainTextAsync("Hồ sơ quá hạn");
        await Assertions.Expect(page.GetByTestId("alert-ticker").Locator("li")).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("forecast")).ToContainTextAsync(late, new() { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("forecast")).ToContainTextAsync("đã hết ngày hẹn trả");
        await Assertions.Expect(page.GetByTestId("on-time-month")).ToHaveTextAsync("100,0%", new() { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("on-time-gauge").Locator("svg").First).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("score766-value")).Not.ToHaveTextAsync("chưa đo", new() { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("score766-Publicity")).ToContainTextAsync("chưa đo");
        await Assertions.Expect(page.GetByTestId("queue-LD-PVHCC").GetByTestId("queue-waiting")).ToHaveTextAsync("1", new() { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("ranking")).ToContainTextAsync("UBND xã An Ngãi");
        navigations.ShouldBe(1, "figures arrive by push, not by reloading");

        var axe = await page.RunAxe();
        axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)").ShouldBeEmpty();
        Directory.CreateDirectory("artifacts");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("artifacts", $"wall-district-{width}x{height}.png"), FullPage = true });
        await ShouldFitTheScreenAsync(page, width, height);

        await page.GetByTestId("language").ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Received today");
        await Assertions.Expect(page.GetByTestId("alert-ticker")).ToContainTextAsync("Dossier overdue");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("artifacts", $"wall-district-{width}x{height}-en.png") });
    }

    // A wall has no scroll bar and no panel spilling over another: the page is one screen and the gauge stays in its panel.
    private static async Task ShouldFitTheScreenAsync(IPage page, int width, int height)
    {
        var size = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]");
        size[0].ShouldBeLessThanOrEqualTo(width, "page width");
        size[1].ShouldBeLessThanOrEqualTo(height, "page height");
        var gauge = await page.GetByTestId("on-time-gauge").Locator("svg").First.BoundingBoxAsync();
        var panel = await page.Locator(".gauge-panel").BoundingBoxAsync();
        gauge.ShouldNotBeNull();
        panel.ShouldNotBeNull();
        (gauge.Y + gauge.Height).ShouldBeLessThanOrEqualTo(panel.Y + panel.Height + 1);
        (gauge.X + gauge.Width).ShouldBeLessThanOrEqualTo(panel.X + panel.Width + 1);
    }
}
