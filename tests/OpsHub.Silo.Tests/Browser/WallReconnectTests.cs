using System.Globalization;
using Microsoft.Playwright;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Browser;

/// <summary>
/// A wall screen has nobody to press reload: when the silo process is killed and started again, the open page
/// reconnects by itself and goes on showing live figures.
/// </summary>
public sealed class WallReconnectTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task WallReconnectsByItselfAndShowsNewFiguresWhenTheSiloRestarts()
    {
        var database = await postgres.CreateDatabaseAsync("reconnect", TestContext.Current.CancellationToken);
        var cluster = $"reconnect-{Guid.NewGuid():N}";
        var (siloPort, gatewayPort, httpPort) = (FreePort.Next(), FreePort.Next(), FreePort.Next());
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        var console = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.Console += (_, message) => console.Enqueue($"{DateTime.UtcNow:HH:mm:ss} {message.Type}: {message.Text}");
        page.FrameNavigated += (_, frame) => console.Enqueue($"{DateTime.UtcNow:HH:mm:ss} navigated {frame.Url}");

        await using (var first = await SiloProcess.StartAsync(database, cluster, siloPort, gatewayPort, httpPort: httpPort))
        {
            // The wall needs a leader: the browser is sent to the sign-in form and, once signed in, back to the wall.
            await page.GotoAsync(new Uri(first.Address, "don-vi/LD-ANNGAI").ToString());
            await page.GetByLabel("Tên đăng nhập").FillAsync("dev-lanh-dao-huyen");
            await page.GetByLabel("Mật khẩu").FillAsync(TestUsers.DevPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
            await Assertions.Expect(page.Locator("main[data-live=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Assertions.Expect(page.GetByTestId("received-today")).ToHaveTextAsync("0");
            await first.KillAsync();
        }

        await Assertions.Expect(page.Locator("#components-reconnect-modal")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await using var second = await SiloProcess.StartAsync(database, cluster, siloPort, gatewayPort, httpPort: httpPort);
        using var client = second.CreateClient();

        // Today in Vietnam, by the silo's own (real) clock.
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        (await Events.PostAsync(client, Events.Received(Events.NewDossierCode(), now, 2))).EnsureSuccessStatusCode();

        try
        {
            await Assertions.Expect(page.GetByTestId("received-today")).ToHaveTextAsync("1", new() { Timeout = 60_000 });
        }
        catch (PlaywrightException ex)
        {
            var modal = await page.Locator("#components-reconnect-modal").GetAttributeAsync("class");
            throw new InvalidOperationException($"The wall did not come back (reconnect element: '{modal}'). Browser log:\n{string.Join('\n', console)}", ex);
        }

        await Assertions.Expect(page.Locator("#components-reconnect-modal")).Not.ToBeVisibleAsync();
    }
}
