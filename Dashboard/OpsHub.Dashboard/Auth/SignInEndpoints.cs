using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace OpsHub.Dashboard.Auth;

/// <summary>
/// Sign-in for people: a plain form at <c>/canh-bao/dang-nhap</c> (antiforgery-checked), users from
/// <c>OpsHub:Users</c>, an ASP.NET Core cookie carrying their roles and units; <c>/canh-bao/dang-xuat</c> signs out.
/// After signing in the person goes back to the page that sent them (<c>ReturnUrl</c>, local paths only).
/// </summary>
public static class SignInEndpoints
{
    public const string SignInPath = "/canh-bao/dang-nhap";
    public const string SignOutPath = "/canh-bao/dang-xuat";
    public const string AccessDeniedPath = "/khong-co-quyen";
    public const string DisplayNameClaim = "opshub:display-name";

    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SignInPath, (HttpContext http, IAntiforgery antiforgery, string? loi, string? returnUrl) => Form(http, antiforgery, loi is not null, returnUrl));
        endpoints.MapPost(SignInPath, SignInAsync);
        endpoints.MapGet(AccessDeniedPath, () => Results.Content($$"""
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8" /><title>Không có quyền - OpsHub</title>
            <link rel="stylesheet" href="/_content/OpsHub.Dashboard/css/alerts.css" /></head>
            <body class="ah-page"><main class="ah-signin">
            <h1>Không có quyền</h1>
            <p>Tài khoản của bạn không có quyền xem trang này.</p>
            <p><a href="{{SignInPath}}">Đăng nhập bằng tài khoản khác</a></p>
            </main></body></html>
            """, "text/html; charset=utf-8", statusCode: StatusCodes.Status403Forbidden));
        endpoints.MapPost(SignOutPath, async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect(SignInPath);
        });
        return endpoints;
    }

    private static async Task<IResult> SignInAsync(
        HttpContext http, [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl, IOptionsMonitor<UserOptions> users)
    {
        var account = userName is null ? null : users.CurrentValue.Find(userName.Trim());
        if (account is null || password is null || !PasswordHash.Verify(password, account.PasswordHash))
        {
            return Results.Redirect(SignInPath + "?loi=1" + (IsLocal(returnUrl) ? "&returnUrl=" + Uri.EscapeDataString(returnUrl!) : ""));
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principal(account));
        return Results.Redirect(IsLocal(returnUrl) ? returnUrl! : Landing(account));
    }

    /// <summary>The signed-in principal of <paramref name="account"/>: name, display name, one claim per role and per unit.</summary>
    public static ClaimsPrincipal Principal(UserAccount account) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, account.UserName),
            new Claim(DisplayNameClaim, account.DisplayName.Length > 0 ? account.DisplayName : account.UserName),
            .. account.Roles.Select(r => new Claim(ClaimTypes.Role, r)),
            .. account.Units.Select(u => new Claim(OpsHubRoles.UnitClaim, u)),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme));

    // Where a person lands without a page to go back to: counter heads on their alerts, leaders on their wall, ops on the Orleans dashboard.
    private static string Landing(UserAccount account) =>
        account.Roles.Contains(OpsHubRoles.CounterHead) ? "/canh-bao"
        : account.Roles.Contains(OpsHubRoles.Leader) ? "/"
        : account.Roles.Contains(OpsHubRoles.Ops) ? "/ops/orleans"
        : "/canh-bao";

    // Only a path on this site (not "//host" nor "/\host"), so the form cannot send anyone elsewhere.
    private static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    private static IResult Form(HttpContext http, IAntiforgery antiforgery, bool failed, string? returnUrl)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var error = failed ? "<p class=\"ah-error\">Sai tên đăng nhập hoặc mật khẩu.</p>" : "";
        return Results.Content($$"""
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8" /><title>Đăng nhập - OpsHub</title>
            <link rel="stylesheet" href="/_content/OpsHub.Dashboard/css/alerts.css" /></head>
            <body class="ah-page"><main class="ah-signin">
            <h1>Đăng nhập OpsHub</h1>{{error}}
            <form method="post" action="{{SignInPath}}">
            <input type="hidden" name="{{WebUtility.HtmlEncode(tokens.FormFieldName)}}" value="{{WebUtility.HtmlEncode(tokens.RequestToken)}}" />
            <input type="hidden" name="returnUrl" value="{{WebUtility.HtmlEncode(IsLocal(returnUrl) ? returnUrl : "")}}" />
            <label>Tên đăng nhập <input name="userName" autocomplete="username" required /></label>
            <label>Mật khẩu <input name="password" type="password" autocomplete="current-password" required /></label>
            <button type="submit">Đăng nhập</button>
            </form></main></body></html>
            """, "text/html; charset=utf-8");
    }
}
