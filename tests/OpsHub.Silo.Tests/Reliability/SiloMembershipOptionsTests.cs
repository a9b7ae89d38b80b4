using OpsHub.Silo.Hosting;

namespace OpsHub.Silo.Tests.Reliability;

/// <summary>The dead-silo detection settings are checked before the silo starts.</summary>
public sealed class SiloMembershipOptionsTests
{
    [Fact]
    public void TheDefaultsAreAccepted() => new SiloMembershipOptions().Problem().ShouldBeNull();

    [Theory]
    [InlineData(0, 3, 2, 10, "ProbeTimeout")]
    [InlineData(120_000, 3, 2, 10, "ProbeTimeout")]
    [InlineData(2_000, 0, 2, 10, "MissedProbesLimit")]
    [InlineData(2_000, 3, 0, 10, "VotesForDeathDeclaration")]
    [InlineData(2_000, 3, 2, 0, "TableRefreshInterval")]
    [InlineData(2_000, 3, 2, 3_600, "TableRefreshInterval")]
    public void AnUnusableSettingIsNamedWhenItIsOutOfRange(int probeMilliseconds, int missedProbes, int votes, int refreshSeconds, string named)
    {
        var options = new SiloMembershipOptions
        {
            ProbeTimeout = TimeSpan.FromMilliseconds(probeMilliseconds),
            MissedProbesLimit = missedProbes,
            VotesForDeathDeclaration = votes,
            TableRefreshInterval = TimeSpan.FromSeconds(refreshSeconds),
        };

        options.Problem().ShouldNotBeNull().ShouldContain($"OpsHub:Silo:Membership:{named}");
    }
}
