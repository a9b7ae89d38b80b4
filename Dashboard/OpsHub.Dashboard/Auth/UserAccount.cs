namespace OpsHub.Dashboard.Auth;

/// <summary>A person who may sign in to the alert view (section <c>OpsHub:Users</c>).</summary>
public sealed class UserAccount
{
    /// <summary>The user name, as alert routes name it.</summary>
    public string UserName { get; set; } = "";

    /// <summary>The name to show, for example "Nguyễn Thị Lan".</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The password's PBKDF2 hash, <c>pbkdf2-sha256${iterations}${salt base64}${hash base64}</c> (see <see cref="PasswordHash"/>).</summary>
    public string PasswordHash { get; set; } = "";
}
