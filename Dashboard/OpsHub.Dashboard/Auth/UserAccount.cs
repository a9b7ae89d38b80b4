namespace OpsHub.Dashboard.Auth;

/// <summary>A person who may sign in (section <c>OpsHub:Users:Accounts</c>).</summary>
public sealed class UserAccount
{
    /// <summary>The user name, as alert routes name it.</summary>
    public string UserName { get; set; } = "";

    /// <summary>The name to show, for example "Nguyễn Thị Lan".</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The password's PBKDF2 hash, <c>pbkdf2-sha256${iterations}${salt base64}${hash base64}</c> (see <see cref="PasswordHash"/>).</summary>
    public string PasswordHash { get; set; } = "";

    /// <summary>What the person does: any of <c>leader</c>, <c>counter-head</c>, <c>ops</c> (see <see cref="OpsHubRoles"/>). Without a role a person can sign in and see nothing.</summary>
    public IList<string> Roles { get; } = [];

    /// <summary>
    /// The units the person answers for; each covers its whole subtree (a district covers its communes and their
    /// one-stop shops). Leaders and counter heads see nothing outside these units. Ops needs none.
    /// </summary>
    public IList<string> Units { get; } = [];
}
