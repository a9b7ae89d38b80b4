using System.Net;
using System.Text.RegularExpressions;

namespace OpsHub.Silo.Tests.Infrastructure;

/// <summary>Signs in through the real form at /canh-bao/dang-nhap (antiforgery token and all); the cookie stays with the client's handler.</summary>
internal static partial class SignInForm
{
    /// <summary>Posts the form as <paramref name="userName"/>; returns the answer's redirect target, throwing when the sign-in was refused.</summary>
    public static async Task<string> SubmitAsync(HttpClient client, string userName, string password, string? returnUrl = null)
    {
        var form = await client.GetStringAsync("/canh-bao/dang-nhap", TestContext.Current.CancellationToken);
        var token = TokenField().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException($"The sign-in form carries no antiforgery token:\n{form}");
        }

        var fields = new Dictionary<string, string>
        {
            [WebUtility.HtmlDecode(token.Groups["name"].Value)] = WebUtility.HtmlDecode(token.Groups["value"].Value),
            ["userName"] = userName,
            ["password"] = password,
        };
        if (returnUrl is not null)
        {
            fields["returnUrl"] = returnUrl;
        }

        using var body = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync("/canh-bao/dang-nhap", body, TestContext.Current.CancellationToken);
        var location = response.Headers.Location?.OriginalString;
        if (response.StatusCode != HttpStatusCode.Redirect || location is null || location.Contains("loi=", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Signing in as {userName} failed: {(int)response.StatusCode} {location}");
        }

        return location;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken)\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex TokenField();
}
