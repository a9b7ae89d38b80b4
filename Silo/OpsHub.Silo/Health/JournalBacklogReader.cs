using Npgsql;

namespace OpsHub.Silo.Health;

/// <summary>
/// Reads the ingest journal's pending backlog from PostgreSQL: the applier's queue, and the receipt time of its oldest
/// event. Events held for their dossier's receipt are not backlog: they wait for the source, not for the applier.
/// </summary>
internal sealed class JournalBacklogReader(NpgsqlDataSource db)
{
    public async Task<JournalBacklog> ReadAsync(CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand(
            """
            select coalesce(sum(s.events), 0)::bigint, (select j.received_at from opshub_ingest_journal j where j.seq = min(s.min_seq))
            from opshub_ingest_pending_sets s
            """);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new JournalBacklog(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1));
    }
}
