using OpsHub.Sla.Lifecycle;

namespace OpsHub.Sla.Tests.Lifecycle;

public sealed class DossierLifecycleTests
{
    // The whole table, written out independently of the code: from → allowed targets.
    private static readonly Dictionary<int, int[]> Legal = new()
    {
        [1] = [2, 3, 7],
        [2] = [4, 5, 6, 7, 8, 9, 10],
        [3] = [],
        [4] = [5, 6, 7, 8, 9, 10],
        [5] = [4, 7, 8],
        [6] = [4, 7, 8],
        [7] = [],
        [8] = [4, 7],
        [9] = [10],
        [10] = [],
    };

    public static TheoryData<int, int, bool> AllPairs()
    {
        var data = new TheoryData<int, int, bool>();
        for (var from = 1; from <= 10; from++)
        {
            for (var to = 1; to <= 10; to++)
            {
                data.Add(from, to, Legal[from].Contains(to));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void TransitionIsAllowedOnlyWhenTableListsIt(int from, int to, bool allowed)
    {
        var check = DossierLifecycle.Check((PortalStatus)from, (PortalStatus)to);

        check.IsAllowed.ShouldBe(allowed);
        (check.Reason is null).ShouldBe(allowed);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(4, false)]
    [InlineData(9, false)]
    public void FirstStatusMustBeRegistrationOrReceiptWhenNothingIsKnown(int to, bool allowed) =>
        DossierLifecycle.Check(null, (PortalStatus)to).IsAllowed.ShouldBe(allowed);

    [Theory]
    [InlineData(PortalStatus.Withdrawn, PortalStatus.InProcessing, "is closed")]
    [InlineData(PortalStatus.SupplementRequested, PortalStatus.ResultReady, "can only become 4, 7, 8")]
    [InlineData(PortalStatus.InProcessing, PortalStatus.InProcessing, "already 4 (in processing)")]
    [InlineData(PortalStatus.Received, (PortalStatus)11, "not a portal status")]
    public void RefusalSaysWhyWhenTransitionIsIllegal(PortalStatus from, PortalStatus to, string reason) =>
        DossierLifecycle.Check(from, to).Reason.ShouldNotBeNull().ShouldContain(reason);

    [Theory]
    [InlineData(PortalStatus.Registered, StatusPhase.NotReceived)]
    [InlineData(PortalStatus.Received, StatusPhase.InProgress)]
    [InlineData(PortalStatus.RefusedAtIntake, StatusPhase.Closed)]
    [InlineData(PortalStatus.InProcessing, StatusPhase.InProgress)]
    [InlineData(PortalStatus.SupplementRequested, StatusPhase.Paused)]
    [InlineData(PortalStatus.AwaitingPayment, StatusPhase.Paused)]
    [InlineData(PortalStatus.Withdrawn, StatusPhase.Closed)]
    [InlineData(PortalStatus.Stopped, StatusPhase.Paused)]
    [InlineData(PortalStatus.ResultReady, StatusPhase.Done)]
    [InlineData(PortalStatus.Returned, StatusPhase.Done)]
    public void PhaseFollowsDomainTableWhenStatusIsGiven(PortalStatus status, StatusPhase phase) =>
        DossierLifecycle.PhaseOf(status).ShouldBe(phase);
}
