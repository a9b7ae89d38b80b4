using Microsoft.Extensions.Options;
using Npgsql;
using OpsHub.Ingest.Journal;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Reliability;

/// <summary>
/// One journal applier at a time in the whole cluster: while one silo's applier holds a batch, another's claims
/// nothing (else the two could apply one dossier's events out of order), and takes over once the first is done.
/// </summary>
public sealed class ApplierExclusionTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task ASecondApplierClaimsNothingWhileTheFirstIsApplyingAndTheRestOnceItIsDone()
    {
        var token = TestContext.Current.CancellationToken;
        await using var db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync("applier", token));
        await using var first = new PostgresEventJournal(db, TimeProvider.System, Options.Create(new JournalOptions()));
        await using var second = new PostgresEventJournal(db, TimeProvider.System, Options.Create(new JournalOptions()));
        var at = DateTimeOffset.Parse("2026-11-24T09:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture);
        var items = Enumerable.Range(0, 5)
            .Select(i => new JournalItem("test", $"event-{i}", "LD-ANNGAI-EXCLUSION-0001", at.AddMinutes(i), null, JournalFormats.OpsHub, $"{{\"n\":{i}}}"))
            .ToList();
        (await first.AppendAsync(items, token)).ShouldAllBe(seq => seq != null);

        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstRun = first.ApplyPendingAsync(1, async entries =>
        {
            entered.SetResult();
            await release.Task;
            return Applied(entries);
        }, token);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30), token);

        var seenBySecond = 0;
        (await second.ApplyPendingAsync(10, entries =>
        {
            seenBySecond += entries.Count;
            return Task.FromResult(Applied(entries));
        }, token)).ShouldBe(0, "the first applier holds the journal");
        seenBySecond.ShouldBe(0);

        release.SetResult();
        (await firstRun).ShouldBe(1);
        (await second.ApplyPendingAsync(10, entries => Task.FromResult(Applied(entries)), token)).ShouldBe(4, "free again once the first committed");
    }

    private static IReadOnlyList<JournalVerdict> Applied(IReadOnlyList<JournalEntry> entries) =>
        [.. entries.Select(e => new JournalVerdict(e.Seq, JournalState.Applied))];
}
