namespace OpsHub.Dashboard.Auth;

/// <summary>The people who may sign in (section <c>OpsHub:Users</c>); the shipped ones are for development only.</summary>
public sealed class UserOptions
{
    public const string Section = "OpsHub:Users";

    /// <summary>The accounts. Default none.</summary>
    public IList<UserAccount> Accounts { get; } = [];

    /// <summary>The account named <paramref name="userName"/>, or <c>null</c>.</summary>
    public UserAccount? Find(string userName) => Accounts.FirstOrDefault(a => string.Equals(a.UserName, userName, StringComparison.Ordinal));
}
