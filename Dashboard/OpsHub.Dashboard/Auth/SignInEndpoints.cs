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
/// Sign-in for the alert view: a plain form at <c>/canh-bao/dang-nhap</c> (antiforgery-checked), users from
/// <c>OpsHub:Users</c>, an ASP.NET Core cookie; <c>/canh-bao/dang-xuat</c> signs out.
/// </summary>
public static class SignInEndpoints
{
    public const string SignInPath = "/canh-bao/dang-nhap";
    public const string SignOutPath = "/canh-bao/dang-xuat";
    public const string DisplayNameClaim = "opshub:display-name";

    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SignInPath, (HttpContext http, IAntiforgery antiforgery, string? loi) => Form(http, antiforgery, loi is not null));
        endpoints.MapPost(SignInPath, SignInAsync);
        endpoints.MapPost(SignOutPath, async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect(SignInPath);
        });
        return endpoints;
    }

    private static async Task<IResult> SignInAsync(HttpContext http, [FromForm] string? userName, [FromForm] string? password, IOptionsMonitor<UserOptions> users)
    {
        var account = userName is null ? null : users.CurrentValue.Find(userName.Trim());
        if (account is null || password is null || !PasswordHash.Verify(password, account.PasswordHash))
        {
            return Results.Redirect(SignInPath + "?loi=1");
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, account.UserName), new Claim(DisplayNameClaim, account.DisplayName.Length > 0 ? account.DisplayName : account.UserName)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.Redirect("/canh-bao");
    }

    private static IResult Form(HttpContext http, IAntiforgery antiforgery, bool failed)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var error = failed ? "<p class=\"ah-error\">Sai tên đăng nhập hoặc mật khẩu.</p>" : "";
        return Results.Content($$"""
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8" /><title>Đăng nhập - Cảnh báo OpsHub</title>
            <link rel="stylesheet" href="/_content/OpsHub.Dashboard/css/alerts.css" /></head>
            <body class="ah-page"><main class="ah-signin">
            <h1>Cảnh báo cho trưởng bộ phận một cửa</h1>{{error}}
            <form method="post" action="{{SignInPath}}">
            <input type="hidden" name="{{WebUtility.HtmlEncode(tokens.FormFieldName)}}" value="{{WebUtility.HtmlEncode(tokens.RequestToken)}}" />
            <label>Tên đăng nhập <input name="userName" autocomplete="username" required /></label>
            <label>Mật khẩu <input name="password" type="password" autocomplete="current-password" required /></label>
            <button type="submit">Đăng nhập</button>
            </form></main></body></html>
            """, "text/html; charset=utf-8");
    }
}
