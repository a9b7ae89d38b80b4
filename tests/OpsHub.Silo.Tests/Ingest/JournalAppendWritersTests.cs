using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using OpsHub.Ingest;
using OpsHub.Ingest.Journal;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Ingest;

/// <summary>
/// With several journal writers (<see cref="JournalOptions.AppendWriters"/>), batches are inserted and committed
/// side by side: an event sent in two of them at once is still journaled once, and batches holding the same events
/// in opposite orders, which PostgreSQL may break a deadlock between by rolling one back, are retried, not failed.
/// </summary>
public sealed class JournalAppendWritersTests(PostgresServerFixture postgres)
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-11-24T09:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task TheSameEventsSentInOppositeOrdersToFourWritersAreEachJournaledOnceAndNoAppendFails()
    {
        var token = TestContext.Current.CancellationToken;
        var database = await postgres.CreateDatabaseAsync("appendwriters", token);
        await using var data = NpgsqlDataSource.Create(database);
        await using var journal = new PostgresEventJournal(data, TimeProvider.System,
            Options.Create(new JournalOptions { AppendWriters = 4, MaxAppendBatch = 300 }));

        const int Rounds = 5, Events = 300, Appends = 8;
        var accepted = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var items = Enumerable.Range(0, Events).Select(i => Item($"r{round}-e{i:D3}")).ToArray();
            IReadOnlyList<JournalItem> reversed = [.. items.Reverse()];

            // Half ascending, half descending, all at once: each append is one batch of one writer.
            var appends = await Task.WhenAll(Enumerable.Range(0, Appends).Select(a => journal.AppendAsync(a % 2 == 0 ? items : reversed, token)));

            // Each event got one journal number, from exactly one of the appends; the others call it a duplicate.
            for (var i = 0; i < Events; i++)
            {
                var seqs = appends.Select((seqs, a) => seqs[a % 2 == 0 ? i : Events - 1 - i]).Where(s => s is not null).ToArray();
                seqs.Length.ShouldBe(1, $"round {round}, event {i}");
            }

            accepted += appends.Sum(a => a.Count(s => s is not null));
        }

        accepted.ShouldBe(Rounds * Events);
        await using var count = data.CreateCommand(
            "select (select count(*) from opshub_ingest_journal), (select count(distinct event_id) from opshub_ingest_journal), (select count(*) from opshub_ingest_pending)");
        await using var reader = await count.ExecuteReaderAsync(token);
        (await reader.ReadAsync(token)).ShouldBeTrue();
        (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)).ShouldBe((Rounds * Events, Rounds * Events, Rounds * Events));
    }

    [Fact]
    public async Task AnAppendsEventsGetJournalNumbersInTheOrderSentWhateverTheWritersDo()
    {
        var token = TestContext.Current.CancellationToken;
        var database = await postgres.CreateDatabaseAsync("appendorder", token);
        await using var data = NpgsqlDataSource.Create(database);
        await using var journal = new PostgresEventJournal(data, TimeProvider.System,
            Options.Create(new JournalOptions { AppendWriters = 3, MaxAppendBatch = 50 }));

        // Whatever the writers do side by side, one append's events get journal numbers in the order they were sent.
        var appends = await Task.WhenAll(Enumerable.Range(0, 12).Select(a =>
            journal.AppendAsync([.. Enumerable.Range(0, 40).Select(i => Item($"o{a}-{i}"))], token)));
        foreach (var seqs in appends)
        {
            seqs.ShouldAllBe(s => s != null);
            seqs.Select(s => s!.Value).ShouldBeInOrder(SortDirection.Ascending);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("17")]
    public void AppendWritersOutsideOneToSixteenIsRefusedAtStart(string writers)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["OpsHub:Ingest:Journal:AppendWriters"] = writers })
            .Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddIngest().BuildServiceProvider();
        var failure = Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IOptions<JournalOptions>>().Value);
        failure.Message.ShouldContain("OpsHub:Ingest:Journal:AppendWriters must be between 1 and 16.");
    }

    private static JournalItem Item(string id) =>
        new("appendwriters", id, "HS-" + id, At, null, JournalFormats.OpsHub, $$"""{"id":"{{id}}"}""");
}
