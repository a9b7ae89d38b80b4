namespace OpsHub.Storage.Tests.Providers;

internal static class MembershipTableExtensions
{
    /// <summary>Initialises the table (creating the deployment's version row) and adds one member.</summary>
    public static async Task<IMembershipTable> InitializeAndInsertAsync(this IMembershipTable table, MembershipEntry entry)
    {
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true, TestContext.Current.CancellationToken);
        var version = (await table.ReadAllAsync(TestContext.Current.CancellationToken)).Version;
        (await table.InsertRowAsync(entry, version.Next(), TestContext.Current.CancellationToken)).ShouldBeTrue();
        return table;
    }
}
