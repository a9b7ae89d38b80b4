using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OpsHub.Dashboard.Auth;

/// <summary>
/// Lets Prometheus scrape <c>/metrics</c> with <c>Authorization: Bearer {token}</c>, the token's SHA-256 being
/// configured as <c>OpsHub:Metrics:ScrapeTokenSha256</c> (the token itself is never stored). No header, no ticket.
/// </summary>
public sealed class ScrapeTokenAuthentication(IOptionsMonitor<ScrapeTokenOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<ScrapeTokenOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "scrape-token";

    /// <summary>The role a valid scrape token carries; it opens <c>/metrics</c> and nothing else.</summary>
    public const string Role = "metrics-scraper";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var expected = Options.ScrapeTokenSha256;
        if (string.IsNullOrWhiteSpace(expected))
        {
            return Task.FromResult(AuthenticateResult.Fail("No scrape token is configured (OpsHub:Metrics:ScrapeTokenSha256)."));
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim())));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(expected.Trim().ToLowerInvariant())))
        {
            return Task.FromResult(AuthenticateResult.Fail("The scrape token is not the configured one."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "prometheus"), new Claim(ClaimTypes.Role, Role)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}

/// <summary>The scrape token's setting, bound from <c>OpsHub:Metrics</c>.</summary>
public sealed class ScrapeTokenOptions : AuthenticationSchemeOptions
{
    /// <summary>SHA-256 of the bearer token Prometheus sends, as 64 hex digits; empty turns token scraping off.</summary>
    public string ScrapeTokenSha256 { get; set; } = "";
}
