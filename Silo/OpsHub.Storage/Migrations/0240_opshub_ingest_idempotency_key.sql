-- The journal's idempotency key becomes 16 bytes instead of the source's name and the event's id as text.
--
-- The unique (source, event_id) index held both strings in every entry: an id derived from an id-less event's content
-- is "sha256:" and 64 hex digits, so entries ran to about 90 bytes, and each insert dirtied a random leaf of an index
-- that outgrew PostgreSQL's cache as the journal grew (BENCHMARKS.md, runs 6 and 8). The key is now the first 16
-- bytes of SHA-256 over the source's name, a zero byte and the event's id (all UTF-8), as a uuid: the same identity,
-- in an index about a third of the size. Two different (source, id) pairs would need a 128-bit collision to be
-- taken for one another. The door computes the key (PostgresEventJournal.IdempotencyKey); this script computes it
-- the same way for the rows already journaled, which is a pass over the whole journal.

alter table opshub_ingest_journal add column if not exists idempotency_key uuid;

update opshub_ingest_journal
   set idempotency_key = encode(substring(sha256(convert_to(source, 'UTF8') || '\x00'::bytea || convert_to(event_id, 'UTF8')) from 1 for 16), 'hex')::uuid
 where idempotency_key is null;

alter table opshub_ingest_journal alter column idempotency_key set not null;

create unique index if not exists opshub_ingest_journal_key on opshub_ingest_journal (idempotency_key);

alter table opshub_ingest_journal drop constraint if exists opshub_ingest_journal_idempotency;
