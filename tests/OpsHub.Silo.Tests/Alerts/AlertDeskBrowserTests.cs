using Microsoft.Playwright;
using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Silo.Tests.Browser;
using OpsHub.Testing;
using static OpsHub.Silo.Tests.Alerts.AlertScenario;

namespace OpsHub.Silo.Tests.Alerts;

/// <summary>The counter heads' view in a real headless Chromium: sign in, alerts pushed without reload, acknowledge.</summary>
public sealed class AlertDeskBrowserTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task CriticalAlertAppearsWithACueAndIsAcknowledgedWhenTheHeadSignsIn()
    {
        await using var server = await StartAsync(postgres, Settings(), kestrel: true);
        using var client = server.CreateClient();
        await IssueTicketAsync(client);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var navigations = 0;

        await page.GotoAsync(new Uri(client.BaseAddress!, "canh-bao").ToString());
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/canh-bao/dang-nhap"));
        await page.Locator("input[name=userName]").FillAsync(Head);
        await page.Locator("input[name=password]").FillAsync(Password);
        await page.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("main[data-live=true]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByTestId("no-alerts")).ToBeVisibleAsync();
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;

        // 08:30: the warning (08:15) and the critical alert (08:30) are raised and pushed to the open page.
        server.Clock.SetUtcNow(At("08:30:00"));
        await Assertions.Expect(page.GetByTestId("alert")).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByTestId("critical-cue")).ToContainTextAsync("Công dân chờ quá lâu");
        await Assertions.Expect(page).ToHaveTitleAsync("(!) Cảnh báo khẩn mới");

        var critical = (await AlertsAsync(client)).Single(a => a.Kind == AlertKind.WaitingCritical);
        var card = page.Locator($"article[data-alert-id='{critical.Id}']");
        await card.GetByTestId("ack-note").FillAsync("Mở thêm quầy 2");
        await card.GetByTestId("ack").ClickAsync();
        await Assertions.Expect(card.GetByTestId("alert-state")).ToHaveTextAsync("Đã xác nhận");
        await Assertions.Expect(page.GetByTestId("critical-cue")).ToHaveCountAsync(0);

        var stored = await AlertAsync(client, critical.Id);
        stored.AcknowledgedBy.ShouldBe(Head);
        stored.AcknowledgementNote.ShouldBe("Mở thêm quầy 2");
        stored.AcknowledgedAt.ShouldBe(At("08:30:00"));

        await page.GetByTestId("state-filter").SelectOptionAsync("Open");
        await Assertions.Expect(page.GetByTestId("alert")).ToHaveCountAsync(1);
        navigations.ShouldBe(0, "everything arrived without reloading");
        Directory.CreateDirectory("artifacts");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("artifacts", "alerts-1280x900.png") });
    }
}
