using Npgsql;
using OpsHub.Silo.Tests.Infrastructure;

namespace OpsHub.Silo.Tests.Reliability;

/// <summary>
/// What PostgreSQL holds after a reliability run, checked against the plan: the ingest journal (every acknowledged
/// event once, applied), the facts and ledger rows each event leaves once (received, done, open), and the alert
/// table (exactly the alerts due, one row each, resolved where the dossier was completed).
/// </summary>
internal sealed class StoredOutcome(string connectionString, IReadOnlyList<PlannedDossier> plan)
{
    private readonly Dictionary<string, PlannedDossier> _byCode = plan.ToDictionary(d => d.Code, StringComparer.Ordinal);

    public int EventCount => plan.Sum(d => d.Payloads.Length);

    public int ExpectedAlertCount => plan.Sum(d => d.ExpectedAlertKeys.Length);

    /// <summary>Waits until nothing in the journal is pending or held, then checks it and what applying it left.</summary>
    public async Task VerifyEventsAsync(IngestLoad load, TimeSpan within)
    {
        load.Refusals.ShouldBeEmpty("the harness sends only valid events");
        var acknowledged = load.Acknowledged.Select(a => (a.DossierCode, a.Index)).Distinct().Count();
        acknowledged.ShouldBe(EventCount, "every event was sent until acknowledged");

        await WaitAsync("select count(*) from opshub_ingest_events where state in (0, 2)", n => n == 0, within);
        (await CountAsync("select count(*) from opshub_ingest_journal")).ShouldBe(EventCount, "each acknowledged event is journaled once, however often it was sent");
        (await CountAsync("select count(*) from opshub_ingest_events where state <> 1")).ShouldBe(0, "every journaled event applied, none dead");

        var perDossier = await RowsAsync("select subject, count(*) from opshub_ingest_journal group by subject", r => (r.GetString(0), r.GetInt64(1)));
        perDossier.Count.ShouldBe(plan.Count);
        perDossier.Where(p => !_byCode.TryGetValue(p.Item1, out var d) || d.Payloads.Length != p.Item2).ShouldBeEmpty("each dossier's events journaled once each");

        // Applying an event twice would record its fact or ledger row twice; losing one would leave it out.
        (await CountAsync("select count(*) from opshub_kpi_facts where fact = 'received'")).ShouldBe(plan.Count, "one receipt fact per dossier");
        (await CountAsync("select count(*) from opshub_kpi_facts where fact = 'done'")).ShouldBe(plan.Count(d => d.Shape == DossierShape.Completed), "one done fact per completed dossier");
        (await CountAsync($"select coalesce(sum(d_open), 0) from opshub_unit_ledger where unit_code = '{Events.Unit}'")).ShouldBe(plan.Count(d => d.StaysOpen), "the unit's open count");
        (await CountAsync("select count(*) from (select dossier_code from opshub_unit_ledger group by dossier_code having sum(d_open) not in (0, 1)) x")).ShouldBe(0, "no dossier counted open twice");
    }

    /// <summary>
    /// Waits until every expected alert is stored (after the last promise has passed), then checks the table holds
    /// exactly those: none missing, none extra, one row each, resolved exactly where the dossier was completed.
    /// </summary>
    public async Task<IReadOnlySet<string>> VerifyAlertsAsync(TimeSpan within)
    {
        var expected = plan.SelectMany(d => d.ExpectedAlertKeys.Select(k => $"{d.Code}/{k}")).ToHashSet(StringComparer.Ordinal);
        var lastPromise = plan.Max(d => d.PromisedAt) ?? DateTimeOffset.UtcNow;
        if (lastPromise > DateTimeOffset.UtcNow)
        {
            await Task.Delay(lastPromise - DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);
        }

        await WaitAsync("select count(*) from opshub_alerts", n => n >= expected.Count, within);
        var stored = await RowsAsync("select id, resolved_at is not null from opshub_alerts", r => (Id: r.GetString(0), Resolved: r.GetBoolean(1)));
        var ids = stored.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var missing = expected.Except(ids, StringComparer.Ordinal).Take(10).ToList();
        var extra = ids.Except(expected, StringComparer.Ordinal).Take(10).ToList();
        missing.ShouldBeEmpty("every due alert raised");
        extra.ShouldBeEmpty("no alert that was not due");
        stored.Count.ShouldBe(expected.Count, "one row per alert");

        var wronglyResolved = stored
            .Where(s => _byCode[s.Id[..s.Id.IndexOf('/', StringComparison.Ordinal)]].Shape switch
            {
                DossierShape.Completed => !s.Resolved,
                DossierShape.ReceivedOnly => s.Resolved,
                _ => false,
            })
            .Take(10)
            .ToList();
        wronglyResolved.ShouldBeEmpty("a completed dossier's alerts are resolved, an open one's are not");
        return ids;
    }

    /// <summary>Polls until <paramref name="done"/> or the bound; the assertions that follow say what is wrong.</summary>
    private async Task WaitAsync(string sql, Func<long, bool> done, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (!done(await CountAsync(sql)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var cmd = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<List<T>> RowsAsync<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var cmd = new NpgsqlCommand(sql, connection);
        await using var reader = await cmd.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
