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
    public async Task DistrictWallShowsRolledUpFiguresAndChartsAndUpdatesLiveWhenACommuneReceivesADossier(int width, int height)
    {
        await using var server = new OpsHubServer(
            await postgres.CreateDatabaseAsync("wall", TestContext.Current.CancellationToken), new FakeTimeProvider(Events.At("2026-11-20T15:00:05+07:00")), kestrel: true);
        server.StartServer();
        using var client = server.CreateClient();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;

        await page.GotoAsync(new Uri(client.BaseAddress!, "don-vi/LD").ToString());
        await Assertions.Expect(page.Locator("main[data-live=true]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("UBND huyện Long Điền");
        await Assertions.Expect(page.GetByTestId("received-today")).ToHaveTextAsync("0");
        await Assertions.Expect(page.GetByTestId("today-chart").Locator("svg").First).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("on-time-gauge").Locator("svg").First).ToBeVisibleAsync();

        (await Events.PostAsync(client, Events.Received(Events.NewDossierCode(), "2026-11-20T15:00:00+07:00", 2))).EnsureSuccessStatusCode();
        (await Events.PostAsync(client, Events.Completed(Events.NewDossierCode(), "2026-11-20T15:00:00+07:00"))).StatusCode.ShouldNotBe(System.Net.HttpStatusCode.InternalServerError);

        await Assertions.Expect(page.GetByTestId("received-today")).ToHaveTextAsync("1", new() { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("open-count")).ToHaveTextAsync("1", new() { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("ranking")).ToContainTextAsync("UBND xã An Ngãi");
        navigations.ShouldBe(1, "figures arrive by push, not by reloading");

        var axe = await page.RunAxe();
        axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)").ShouldBeEmpty();

        Directory.CreateDirectory("artifacts");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("artifacts", $"wall-district-{width}x{height}.png") });

        await page.GetByTestId("language").ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Received today");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("artifacts", $"wall-district-{width}x{height}-en.png") });
    }
}
