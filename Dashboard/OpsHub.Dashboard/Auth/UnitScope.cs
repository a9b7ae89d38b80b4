using System.Security.Claims;
using Microsoft.Extensions.Options;
using OpsHub.Grains.Abstractions.Organisation;

namespace OpsHub.Dashboard.Auth;

/// <summary>
/// Which units a signed-in person may see: the units named in their account and everything below them in the
/// organisation tree. Ops staff see operational data, not units, so the ops role alone covers none.
/// </summary>
public sealed class UnitScope(IOptionsMonitor<OrganisationOptions> organisation)
{
    /// <summary>The unit roots <paramref name="user"/> answers for (their subtrees are theirs).</summary>
    public static IReadOnlyList<string> RootsOf(ClaimsPrincipal user) =>
        [.. user.FindAll(OpsHubRoles.UnitClaim).Select(c => c.Value).Distinct(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="unitCode"/> is one of <paramref name="user"/>'s units or below one. Unknown units are covered by nobody.</summary>
    public bool Covers(ClaimsPrincipal user, string? unitCode)
    {
        var tree = organisation.CurrentValue;
        if (string.IsNullOrEmpty(unitCode) || tree.Find(unitCode) is null)
        {
            return false;
        }

        return tree.IsWithin(unitCode, RootsOf(user));
    }

    /// <summary>Every unit <paramref name="user"/> may see, in configuration order.</summary>
    public IReadOnlyList<UnitInfo> Visible(ClaimsPrincipal user) =>
        [.. organisation.CurrentValue.Units.Where(u => Covers(user, u.Code))];

    /// <summary>The unit to open for <paramref name="user"/> when none is named: their first, highest unit.</summary>
    public UnitInfo? Home(ClaimsPrincipal user) =>
        RootsOf(user).Select(organisation.CurrentValue.Find).OfType<UnitInfo>().FirstOrDefault();
}
