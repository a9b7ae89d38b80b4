using OpsHub.Grains.Abstractions.Organisation;

namespace OpsHub.Dashboard.Auth;

/// <summary>The people who may sign in (section <c>OpsHub:Users</c>); the shipped ones are for development only.</summary>
public sealed class UserOptions
{
    public const string Section = "OpsHub:Users";

    /// <summary>The accounts. Default none.</summary>
    public IList<UserAccount> Accounts { get; } = [];

    /// <summary>
    /// How long a sign-in lasts without use (sliding). Default 12 hours; a wall kiosk that must survive a weekend
    /// can be given its own longer-lived deployment setting. Between 5 minutes and 31 days.
    /// </summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The account named <paramref name="userName"/>, or <c>null</c>.</summary>
    public UserAccount? Find(string userName) => Accounts.FirstOrDefault(a => string.Equals(a.UserName, userName, StringComparison.Ordinal));

    /// <summary>What is wrong with the accounts against <paramref name="organisation"/>, or <c>null</c>.</summary>
    public string? FindProblem(OrganisationOptions organisation)
    {
        if (SessionLifetime < TimeSpan.FromMinutes(5) || SessionLifetime > TimeSpan.FromDays(31))
        {
            return $"OpsHub:Users:SessionLifetime must be between 00:05:00 and 31.00:00:00 (got {SessionLifetime}).";
        }

        foreach (var (account, i) in Accounts.Select((a, i) => (a, i)))
        {
            var where = $"OpsHub:Users:Accounts:{i} ('{account.UserName}')";
            if (string.IsNullOrWhiteSpace(account.UserName))
            {
                return $"OpsHub:Users:Accounts:{i} has no UserName.";
            }

            if (Accounts.Take(i).Any(a => string.Equals(a.UserName, account.UserName, StringComparison.Ordinal)))
            {
                return $"{where}: the user name is used twice.";
            }

            if (account.Roles.FirstOrDefault(r => !OpsHubRoles.All.Contains(r)) is { } role)
            {
                return $"{where}: unknown role '{role}' (roles are {string.Join(", ", OpsHubRoles.All)}).";
            }

            if (account.Units.FirstOrDefault(u => organisation.Find(u) is null) is { } unit)
            {
                return $"{where}: unit '{unit}' is not in the organisation (OpsHub:Organisation:Units).";
            }

            if (account.Units.Count == 0 && account.Roles.Any(r => r is OpsHubRoles.Leader or OpsHubRoles.CounterHead))
            {
                return $"{where}: a leader or counter head needs at least one unit (Units).";
            }
        }

        return null;
    }
}
