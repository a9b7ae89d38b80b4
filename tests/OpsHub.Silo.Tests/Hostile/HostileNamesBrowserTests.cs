using System.Net;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using OpsHub.Silo.Tests.Browser;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Hostile;

/// <summary>
/// Issue #9, hostile input on the wall: names that get through the doors (codes in other scripts, with slashes and
/// dashes; markup, SQL and bidi controls in officer and staff names; markup in a URL) render as inert text in a real
/// headless Chromium, and names carrying markup in codes never get through at all. An injected script would set
/// <c>window.__hostile</c> or open a dialog.
/// </summary>
public sealed class HostileNamesBrowserTests(PostgresServerFixture postgres)
{
    private const string Script = "<script>window.__hostile=1;alert('xss')</script>";
    private const string Image = "<img src=x onerror=\"window.__hostile=1;alert('xss')\">";

    [Fact]
    public async Task AcceptedHostileNamesRenderAsLiteralTextAndNoScriptRunsOnTheWallPages()
    {
        await using var server = new OpsHubServer(
            await postgres.CreateDatabaseAsync("hostile-wall", TestContext.Current.CancellationToken), new FakeTimeProvider(Events.At("2026-11-24T10:00:05+07:00")), kestrel: true);
        server.StartServer();
        using var client = server.CreateClient();

        // Overdue dossiers (received the Monday before, one working day) whose codes are valid but unusual.
        string[] codes = ["HX-תיק-ملف-1", "HX-../../etc/passwd", "НХ-ОК-0001", "HX--", "HX-案件-Ữ"];
        foreach (var code in codes)
        {
            (await Events.PostAsync(client, Events.Received(code, "2026-11-16T08:00:00+07:00", 1))).StatusCode.ShouldBe(HttpStatusCode.Accepted, code);
        }

        (await Events.PostAsync(client, new { type = "dossier.step-started", dossierCode = codes[0], occurredAt = "2026-11-16T09:00:00+07:00", stepCode = "THAMDINH", officer = Script }))
            .StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await Events.PostAsync(client, Events.Queue("counter.opened", "LD-PVHCC", "07:30:00", new { counterCode = "Q01", staff = Image + "\u202eNAVNEYUGN" })))
            .StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await Events.PostAsync(client, Events.Queue("ticket.issued", "LD-PVHCC", "09:50:00", new { ticketNumber = "Ư-٣٣", fieldCode = "HT" })))
            .StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await Events.PostAsync(client, Events.Queue("ticket.called", "LD-PVHCC", "09:55:00", new { ticketNumber = "Ư-٣٣", counterCode = "Q01" })))
            .StatusCode.ShouldBe(HttpStatusCode.Accepted);

        // Markup in a code is refused at the door: it never reaches a page.
        foreach (var refused in (string[])[Script, Image, "HX'; DROP TABLE opshub_ingest_journal; --"])
        {
            (await Events.PostAsync(client, Events.Received(refused, "2026-11-16T08:00:00+07:00", 1))).StatusCode.ShouldBe(HttpStatusCode.BadRequest, refused);
        }

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        await Chromium.SignInAsync(page, client.BaseAddress!, server.CookieHeader(TestUsers.Everything));
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };

        // The control: the same payload, written into a page as markup, does run; so the checks below can fail.
        await page.SetContentAsync($"<p>{Image}</p>");
        await page.WaitForTimeoutAsync(300);
        (await page.EvaluateAsync<int?>("() => window.__hostile")).ShouldBe(1);
        dialogs.ShouldBe(["xss"]);
        dialogs.Clear();

        await OpenAsync(page, client, "don-vi/LD-ANNGAI");
        await Assertions.Expect(page.Locator("main[data-live=true]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var overdue = page.GetByTestId("overdue-list");
        foreach (var code in codes)
        {
            await Assertions.Expect(overdue.Locator(".code", new() { HasTextString = code })).ToHaveCountAsync(1, new() { Timeout = 10_000 });
            await Assertions.Expect(page.GetByTestId("alert-ticker")).ToContainTextAsync(code, new() { Timeout = 10_000 });
        }

        await Assertions.Expect(overdue).Not.ToContainTextAsync("<script>");
        await ShouldBeInertAsync(page, dialogs);
        Directory.CreateDirectory("artifacts");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("artifacts", "hostile-wall-1920x1080.png") });

        await OpenAsync(page, client, "hang-doi/LD-PVHCC");
        await Assertions.Expect(page.Locator("main[data-live=true]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByTestId("serving-Q01")).ToHaveTextAsync("Ư-٣٣", new() { Timeout = 10_000 });
        await ShouldBeInertAsync(page, dialogs);

        // A unit code in the address is shown back in the not-found notice: as text.
        foreach (var path in (string[])["don-vi/", "hang-doi/"])
        {
            foreach (var name in (string[])[Script, Image])
            {
                await OpenAsync(page, client, path + Uri.EscapeDataString(name));
                await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync(name, new() { Timeout = 15_000 });
                await ShouldBeInertAsync(page, dialogs);
            }
        }
    }

    // Every way of opening a wall page goes through here (sign-in, when the pages need it, belongs here too).
    private static async Task OpenAsync(IPage page, HttpClient client, string path) =>
        await page.GotoAsync(new Uri(client.BaseAddress!, path).ToString());

    private static async Task ShouldBeInertAsync(IPage page, List<string> dialogs)
    {
        // Let any injected handler fire (an image error, a script) before looking.
        await page.WaitForTimeoutAsync(300);
        dialogs.ShouldBeEmpty("no script opened a dialog");
        (await page.EvaluateAsync<bool>("() => window.__hostile === undefined")).ShouldBeTrue("no injected script ran");
        (await page.Locator("img[src='x'], script:not([src])").CountAsync()).ShouldBe(0, "no injected element exists");
    }
}
