using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpsHub.Grains.Storage;
using OpsHub.Sla.Calendar;
using OpsHub.Sla.Kpis;

namespace OpsHub.Grains.Kpis;

/// <summary>KPI facts in <c>opshub_kpi_facts</c>, summed from <c>opshub_kpi_daily</c>; gauges from <c>opshub_unit_figures</c> (the unit ledger).</summary>
internal sealed class PostgresKpiStore([FromKeyedServices(StorageNames.DerivedData)] NpgsqlDataSource db, DerivedWrites writes) : IKpiStore
{
    private const string DailySums =
        """
        coalesce(sum(received), 0), coalesce(sum(received_counter), 0), coalesce(sum(received_online), 0), coalesce(sum(received_post), 0),
        coalesce(sum(done_early), 0), coalesce(sum(done_on_time), 0), coalesce(sum(done_late), 0), coalesce(sum(withdrawn), 0),
        coalesce(sum(rated_1), 0), coalesce(sum(rated_2), 0), coalesce(sum(rated_3), 0)
        """;

    private const string GaugeSums =
        "coalesce(sum(d_open), 0), coalesce(sum(d_overdue), 0), coalesce(sum(d_paused), 0), coalesce(sum(d_due_soon), 0)";

    public async Task RecordAsync(KpiFact fact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var cmd = new NpgsqlBatchCommand(
            """
            insert into opshub_kpi_facts (dossier_code, fact, unit_code, procedure_code, field_code, channel, day, at, value)
            values (@dossier, @fact, @unit, @procedure, @field, @channel, @day, @at, @value)
            on conflict (dossier_code, fact) do update set value = excluded.value, day = excluded.day, at = excluded.at
            where opshub_kpi_facts.fact = 'rated' and excluded.at > opshub_kpi_facts.at
            """);
        cmd.Parameters.AddWithValue("dossier", fact.DossierCode);
        cmd.Parameters.AddWithValue("fact", fact.Fact);
        cmd.Parameters.AddWithValue("unit", fact.UnitCode);
        cmd.Parameters.AddWithValue("procedure", fact.ProcedureCode);
        cmd.Parameters.AddWithValue("field", fact.FieldCode);
        cmd.Parameters.AddWithValue("channel", (short)fact.Channel);
        cmd.Parameters.AddWithValue("day", VietnamTime.DateOf(fact.At));
        cmd.Parameters.AddWithValue("at", fact.At.ToUniversalTime());
        cmd.Parameters.AddWithValue("value", (short)fact.Value);
        await writes.ExecuteAsync(cmd, DerivedWrites.SharedRowsPartition, cancellationToken);
    }

    public async Task<KpiCounts> CountsAsync(IReadOnlyCollection<string> units, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var all = await QueryAsync($"select '', {DailySums} from opshub_kpi_daily where unit_code = any(@units) and day between @from and @to",
            $"select '', {GaugeSums} from opshub_unit_figures where unit_code = any(@units)", units, from, to, cancellationToken);
        return all.GetValueOrDefault("", KpiCounts.Zero);
    }

    public Task<IReadOnlyDictionary<string, KpiCounts>> BreakdownAsync(
        IReadOnlyCollection<string> units, DateOnly from, DateOnly to, bool byField, CancellationToken cancellationToken = default)
    {
        var key = byField ? "field_code" : "procedure_code";

        // Gauges by field count dossiers of a procedure the catalogue does not know under "unknown", as the SLA gauges do.
        var gauges = byField
            ? $"select coalesce(field_code, 'unknown'), {GaugeSums} from opshub_unit_figures where unit_code = any(@units) group by 1"
            : $"select procedure_code, {GaugeSums} from opshub_unit_figures where unit_code = any(@units) and procedure_code is not null group by 1";
        return QueryAsync($"select {key}, {DailySums} from opshub_kpi_daily where unit_code = any(@units) and day between @from and @to group by 1",
            gauges, units, from, to, cancellationToken);
    }

    public Task<IReadOnlyList<KpiSeriesPoint>> HourlyAsync(IReadOnlyCollection<string> units, DateOnly day, CancellationToken cancellationToken = default) =>
        SeriesAsync(
            """
            select extract(hour from at at time zone 'Asia/Ho_Chi_Minh')::int,
                   count(*) filter (where fact = 'received'), count(*) filter (where fact = 'done')
            from opshub_kpi_facts where unit_code = any(@units) and day = @from and fact in ('received', 'done') group by 1 order by 1
            """, units, day, day, cancellationToken);

    public Task<IReadOnlyList<KpiSeriesPoint>> DailyAsync(IReadOnlyCollection<string> units, DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        SeriesAsync(
            """
            select extract(day from day)::int, coalesce(sum(received), 0), coalesce(sum(done_early + done_on_time + done_late), 0)
            from opshub_kpi_daily where unit_code = any(@units) and day between @from and @to group by 1
            having sum(received + done_early + done_on_time + done_late) > 0 order by 1
            """, units, from, to, cancellationToken);

    private async Task<IReadOnlyDictionary<string, KpiCounts>> QueryAsync(
        string daily, string gauges, IReadOnlyCollection<string> units, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, KpiCounts>(StringComparer.Ordinal);
        await using (var cmd = Command(daily, units, from, to))
        await using (var reader = await cmd.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                long L(int i) => Convert.ToInt64(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
                result[reader.GetString(0)] = KpiCounts.Zero with
                {
                    Received = L(1), ReceivedAtCounter = L(2), ReceivedOnline = L(3), ReceivedByPost = L(4),
                    DoneEarly = L(5), DoneOnTime = L(6), DoneLate = L(7), Withdrawn = L(8),
                    RatedVerySatisfied = L(9), RatedSatisfied = L(10), RatedNotSatisfied = L(11),
                };
            }
        }

        await using (var cmd = Command(gauges, units, from, to))
        await using (var reader = await cmd.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                long L(int i) => Convert.ToInt64(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
                var (open, overdue) = (L(1), L(2));
                result[reader.GetString(0)] = result.GetValueOrDefault(reader.GetString(0), KpiCounts.Zero) with
                {
                    InProgress = open, Overdue = overdue, InProgressWithinDeadline = open - overdue, Paused = L(3), DueSoon = L(4),
                };
            }
        }

        return result;
    }

    private async Task<IReadOnlyList<KpiSeriesPoint>> SeriesAsync(string sql, IReadOnlyCollection<string> units, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var points = new List<KpiSeriesPoint>();
        await using var cmd = Command(sql, units, from, to);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            points.Add(new KpiSeriesPoint(reader.GetInt32(0), Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt64(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return points;
    }

    private NpgsqlCommand Command(string sql, IReadOnlyCollection<string> units, DateOnly from, DateOnly to)
    {
        var cmd = db.CreateCommand(sql);
        cmd.Parameters.AddWithValue("units", units.ToArray());
        if (sql.Contains("@from", StringComparison.Ordinal))
        {
            cmd.Parameters.AddWithValue("from", from);
        }

        if (sql.Contains("@to", StringComparison.Ordinal))
        {
            cmd.Parameters.AddWithValue("to", to);
        }

        return cmd;
    }
}
