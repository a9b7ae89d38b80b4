using Microsoft.Extensions.Options;
using OpsHub.Grains.Abstractions.Organisation;

namespace OpsHub.Dashboard.Auth;

/// <summary>Refuses to start with accounts naming unknown roles or units, or a leader without units.</summary>
internal sealed class UserOptionsValidator(IOptionsMonitor<OrganisationOptions> organisation) : IValidateOptions<UserOptions>
{
    public ValidateOptionsResult Validate(string? name, UserOptions options) =>
        options.FindProblem(organisation.CurrentValue) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
