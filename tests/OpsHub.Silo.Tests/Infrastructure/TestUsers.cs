using System.Security.Claims;
using OpsHub.Dashboard.Auth;

namespace OpsHub.Silo.Tests.Infrastructure;

/// <summary>Signed-in people for tests, as the sign-in form makes them (<see cref="SignInEndpoints.Principal"/>).</summary>
public static class TestUsers
{
    /// <summary>The password of every development account in appsettings.json.</summary>
    public const string DevPassword = "dev-only-change-me";

    /// <summary>Every role, over the whole sample province: what tests not about authorisation sign in as.</summary>
    public static ClaimsPrincipal Everything { get; } = Person("test-everything", [OpsHubRoles.Leader, OpsHubRoles.CounterHead, OpsHubRoles.Ops], ["BRVT"]);

    /// <summary>A signed-in person with <paramref name="roles"/> over <paramref name="units"/> and their subtrees.</summary>
    public static ClaimsPrincipal Person(string userName, IEnumerable<string> roles, IEnumerable<string> units)
    {
        var account = new UserAccount { UserName = userName, DisplayName = userName };
        foreach (var role in roles)
        {
            account.Roles.Add(role);
        }

        foreach (var unit in units)
        {
            account.Units.Add(unit);
        }

        return SignInEndpoints.Principal(account);
    }
}
