using Microsoft.Playwright;

namespace OpsHub.Silo.Tests.Browser;

/// <summary>Debian's Chromium driven by Playwright, headless, with no background traffic to the outside.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's 'chromium' package (the test command does).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
        return (playwright, browser);
    }

    /// <summary>
    /// Gives <paramref name="page"/>'s browser the sign-in cookie <paramref name="cookieHeader"/> (<c>name=value</c>)
    /// for <paramref name="site"/>, as if its person had signed in there.
    /// </summary>
    public static Task SignInAsync(IPage page, Uri site, string cookieHeader)
    {
        var separator = cookieHeader.IndexOf('=', StringComparison.Ordinal);
        return page.Context.AddCookiesAsync(
        [
            new Cookie { Name = cookieHeader[..separator], Value = cookieHeader[(separator + 1)..], Url = new Uri(site, "/").ToString(), HttpOnly = true, SameSite = SameSiteAttribute.Strict },
        ]);
    }
}
