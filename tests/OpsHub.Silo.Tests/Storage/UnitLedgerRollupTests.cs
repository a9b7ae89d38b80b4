using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OpsHub.Grains.Kpis;
using OpsHub.Grains.Storage;
using OpsHub.Grains.Units;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Storage;

/// <summary>
/// The unit ledger folded into running totals (migration 0210): every reader of a unit's figures gets the same sums
/// before, during and after a roll-up, a change is still counted once however often it is recorded, and the rows
/// rolled up are no longer summed one by one.
/// </summary>
public sealed class UnitLedgerRollupTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateOnly Day = new(2026, 12, 1);

    private readonly List<(string Dossier, int No, LedgerChange Change)> _recorded = [];
    private NpgsqlDataSource? _db;
    private DerivedWrites? _writes;

    private PostgresUnitLedger Ledger => new(_db!, _writes!);

    public async ValueTask InitializeAsync()
    {
        _db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync(nameof(UnitLedgerRollupTests)));
        _writes = new DerivedWrites(_db, NullLogger<DerivedWrites>.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        await _writes!.DisposeAsync();
        await _db!.DisposeAsync();
    }

    [Fact]
    public async Task ReadersGetTheSameFiguresBeforeAndAfterARollUpAndAChangeRecordedAgainStillCountsOnce()
    {
        await RecordHistoryAsync(dossiers: 240);
        var before = await FiguresAsync();
        before.Units["UBND-A"].Open.ShouldBe(Expected("UBND-A").Open, "the figures summed from the rows alone");
        before.Units["UBND-A"].Changes.ShouldBe((long)_recorded.Count(r => r.Change.UnitCode == "UBND-A"));

        // Small batches from several callers at once: the roll-up lets one through at a time and others skip their turn.
        while (await UnrolledAsync() > 0)
        {
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Ledger.RollUpAsync(37, TestContext.Current.CancellationToken)));
        }

        (await FiguresAsync()).ShouldBeEquivalentTo(before);
        (await ScalarAsync("select count(*) from opshub_unit_ledger")).ShouldBe((long)_recorded.Count, "the rows stay: their key makes a change count once");
        (await ScalarAsync("select coalesce(sum(changes), 0) from opshub_unit_totals")).ShouldBe((long)_recorded.Count, "every change folded exactly once");
        (await ScalarAsync("select coalesce(sum(d_open), 0) from opshub_unit_totals where unit_code = 'UBND-A'")).ShouldBe((long)Expected("UBND-A").Open);

        // A change recorded again after its roll-up (a dossier grain retrying after a crash) stores nothing.
        var (dossier, no, change) = _recorded[0];
        await Ledger.RecordAsync(dossier, no, change with { Open = 1, Overdue = 1 }, TestContext.Current.CancellationToken);
        (await UnrolledAsync()).ShouldBe(0L);

        // New changes are read beside the totals until the next roll-up, and folded into them by it.
        await RecordAsync("HS-NEW-1", 1, new LedgerChange("UBND-A", "HT", "1.001", 1, 0, 0, 1, Start.AddDays(1)));
        await RecordAsync("HS-NEW-2", 1, new LedgerChange("UBND-A", null, "9.999", 1, 1, 0, 0, Start.AddDays(1).AddMinutes(1)));
        var mixed = await FiguresAsync();
        mixed.Units["UBND-A"].ShouldBe(new UnitTotals(Expected("UBND-A").Open, Expected("UBND-A").Overdue, _recorded.Count(r => r.Change.UnitCode == "UBND-A"), Start.AddDays(1).AddMinutes(1)));
        (await Ledger.RollUpAsync(1_000, TestContext.Current.CancellationToken)).ShouldBe(2L);
        (await FiguresAsync()).ShouldBeEquivalentTo(mixed);
        (await Ledger.RollUpAsync(1_000, TestContext.Current.CancellationToken)).ShouldBe(0L, "nothing left to fold");
    }

    [Fact]
    public async Task ARollUpReadsOnlyTheRowsItFoldsEvenWhenTheStatisticsSayNoneIsUnrolled()
    {
        var ct = TestContext.Current.CancellationToken;

        // Statistics taken while everything was rolled up, then a backlog they do not know about (a backfill after a quiet spell).
        await ExecuteAsync(
            """
            insert into opshub_unit_ledger (dossier_code, change_no, unit_code, d_open, d_overdue, at, rolled_up)
            select 'HS-OLD-' || n, 1, 'UBND-A', 1, 0, now(), true from generate_series(1, 20000) n
            """);
        await ExecuteAsync("analyze opshub_unit_ledger");
        await ExecuteAsync(
            """
            insert into opshub_unit_ledger (dossier_code, change_no, unit_code, d_open, d_overdue, at)
            select 'HS-NEW-' || n, 1, 'UBND-A', 1, 0, now() from generate_series(1, 8000) n
            """);

        // Found by the partial index, updated by row address: no pass over the unrolled rows for each one picked.
        await using (var explain = _db!.CreateCommand("explain " + PostgresUnitLedger.RollUp))
        {
            explain.Parameters.AddWithValue("limit", 2_000);
            var plan = new List<string>();
            await using var reader = await explain.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                plan.Add(reader.GetString(0));
            }

            plan.ShouldContain(line => line.Contains("Tid Scan on opshub_unit_ledger", StringComparison.Ordinal), string.Join('\n', plan));
            plan.ShouldNotContain(line => line.Contains("Join Filter", StringComparison.Ordinal), string.Join('\n', plan));
        }

        (await Ledger.RollUpAsync(2_000, ct)).ShouldBe(2_000L);
        (await UnrolledAsync()).ShouldBe(6_000L);
        (await ScalarAsync("select coalesce(sum(changes), 0) from opshub_unit_totals")).ShouldBe(2_000L);
    }

    [Fact]
    public async Task AReaderNeverSeesAChangeTwiceOrNotAtAllWhileRollUpsCommitBesideIt()
    {
        // Only receipts: the open count can only grow, so a change counted twice or missed shows as a step back or a jump.
        const int Dossiers = 3_000;
        var ct = TestContext.Current.CancellationToken;
        var writing = Task.Run(async () =>
        {
            foreach (var chunk in Enumerable.Range(0, Dossiers).Chunk(50))
            {
                await Task.WhenAll(chunk.Select(i => Ledger.RecordAsync($"HS-{i:D5}", 1, new LedgerChange("UBND-B", "HT", "1.001", 1, 0, 0, 0, Start), ct)));
            }
        }, ct);
        var rolling = Task.Run(async () =>
        {
            while (!writing.IsCompleted)
            {
                await Ledger.RollUpAsync(97, ct);
            }
        }, ct);

        var seen = new List<(int Open, long Changes)>();
        while (!writing.IsCompleted)
        {
            var totals = await Ledger.TotalsAsync("UBND-B", ct);
            seen.Add((totals.Open, totals.Changes));
        }

        await writing;
        await rolling;

        seen.Count.ShouldBeGreaterThan(1);
        seen.ShouldAllBe(s => s.Open == s.Changes && s.Open <= Dossiers, "each receipt counted once in the open figure and once as a change");
        seen.Zip(seen.Skip(1)).ShouldAllBe(pair => pair.Second.Open >= pair.First.Open, "a later read never counts fewer");
        (await ScalarAsync("select coalesce(sum(changes), 0) from opshub_unit_totals")).ShouldBeGreaterThan(0L, "roll-ups committed while the reads ran");
        (await Ledger.TotalsAsync("UBND-B", ct)).Open.ShouldBe(Dossiers);
    }

    [Fact]
    public async Task TheSiloRollsUpWhatItsDossiersRecordWhileTheirUnitsFiguresStayTheSame()
    {
        const string Unit = Events.Unit;
        var database = await postgres.CreateDatabaseAsync("ledger-rollup", TestContext.Current.CancellationToken);
        await using var server = new OpsHubServer(database, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Events.At("2026-11-20T15:00:05+07:00")));
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", OpsHubServer.DevApiKey);
        await using var db = NpgsqlDataSource.Create(database);

        // Received on 30 October with one working day: overdue by 20 November, so each records its open and overdue changes.
        foreach (var code in Enumerable.Range(0, 3).Select(_ => Events.NewDossierCode()))
        {
            (await Events.PostAsync(client, Events.Received(code, "2026-10-30T08:00:00+07:00", 1, Unit))).StatusCode.ShouldBe(System.Net.HttpStatusCode.Accepted);
        }

        var folded = await Eventually.GetAsync(
            async () =>
            {
                await using var cmd = db.CreateCommand(
                    """
                    select (select count(*) from opshub_unit_ledger where unit_code = @unit and not rolled_up),
                           (select coalesce(sum(d_open), 0) from opshub_unit_totals where unit_code = @unit),
                           (select coalesce(sum(d_overdue), 0) from opshub_unit_totals where unit_code = @unit)
                    """);
                cmd.Parameters.AddWithValue("unit", Unit);
                await using var reader = await cmd.ExecuteReaderAsync(TestContext.Current.CancellationToken);
                await reader.ReadAsync(TestContext.Current.CancellationToken);
                return (Unrolled: reader.GetInt64(0), Open: reader.GetInt64(1), Overdue: reader.GetInt64(2));
            },
            f => f == (0, 3, 3),
            TimeSpan.FromSeconds(20),
            "every change of the unit folded into its totals");

        folded.ShouldBe((0L, 3L, 3L));
        var unit = await server.Services.GetRequiredService<IGrainFactory>().GetGrain<OpsHub.Grains.Abstractions.Units.IUnitGrain>(Unit).GetAsync();
        (unit.Open, unit.Overdue).ShouldBe((3, 3), "the unit grain reads the same figures from the totals");
    }

    private async Task RecordHistoryAsync(int dossiers)
    {
        // Two units, known and unknown fields, two procedures; each dossier received, some overdue, paused or due
        // soon, some closed: the shapes a unit's history takes.
        for (var i = 0; i < dossiers; i++)
        {
            var unit = i % 3 == 0 ? "UBND-B" : "UBND-A";
            var (field, procedure) = (i % 5) switch { 0 => ((string?)null, "9.999"), 1 or 2 => ("HT", "1.001"), _ => ("DD", "2.002") };
            var code = $"HS-{i:D4}";
            var at = Start.AddMinutes(i);
            await RecordAsync(code, 1, new LedgerChange(unit, field, procedure, 1, 0, 0, 0, at));
            if (i % 4 == 1)
            {
                await RecordAsync(code, 2, new LedgerChange(unit, field, procedure, 0, 0, 0, 1, at.AddHours(1)));
                await RecordAsync(code, 3, new LedgerChange(unit, field, procedure, 0, 1, 0, -1, at.AddHours(2)));
            }

            if (i % 7 == 2)
            {
                await RecordAsync(code, 4, new LedgerChange(unit, field, procedure, 0, 0, 1, 0, at.AddHours(1)));
            }

            if (i % 6 == 0)
            {
                await RecordAsync(code, 9, new LedgerChange(unit, field, procedure, -1, i % 4 == 1 ? -1 : 0, 0, 0, at.AddHours(3)));
            }
        }
    }

    private async Task RecordAsync(string dossier, int no, LedgerChange change)
    {
        await Ledger.RecordAsync(dossier, no, change, TestContext.Current.CancellationToken);
        _recorded.Add((dossier, no, change));
    }

    private (int Open, int Overdue) Expected(string unit) =>
        (_recorded.Where(r => r.Change.UnitCode == unit).Sum(r => r.Change.Open), _recorded.Where(r => r.Change.UnitCode == unit).Sum(r => r.Change.Overdue));

    private async Task<Figures> FiguresAsync()
    {
        var kpis = new PostgresKpiStore(_db!, _writes!);
        string[] units = ["UBND-A", "UBND-B"];
        var ct = TestContext.Current.CancellationToken;
        return new Figures(
            new Dictionary<string, UnitTotals>
            {
                ["UBND-A"] = await Ledger.TotalsAsync("UBND-A", ct),
                ["UBND-B"] = await Ledger.TotalsAsync("UBND-B", ct),
            },
            await Ledger.CountsByFieldAsync(ct),
            await kpis.CountsAsync(units, Day, Day, ct),
            (await kpis.BreakdownAsync(units, Day, Day, byField: true, ct)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList(),
            (await kpis.BreakdownAsync(units, Day, Day, byField: false, ct)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList());
    }

    private Task<long> UnrolledAsync() => ScalarAsync("select count(*) from opshub_unit_ledger where not rolled_up");

    private async Task ExecuteAsync(string sql)
    {
        await using var cmd = _db!.CreateCommand(sql);
        await cmd.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var cmd = _db!.CreateCommand(sql);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed record Figures(
        IReadOnlyDictionary<string, UnitTotals> Units,
        IReadOnlyList<FieldCounts> ByField,
        OpsHub.Sla.Kpis.KpiCounts Kpis,
        IReadOnlyList<KeyValuePair<string, OpsHub.Sla.Kpis.KpiCounts>> KpisByField,
        IReadOnlyList<KeyValuePair<string, OpsHub.Sla.Kpis.KpiCounts>> KpisByProcedure);
}
