-- Idempotency keys of events without a source id start with the event's instant.
--
-- The door gives an id-less event the id "sha256:" and 64 hex digits, the hash of its bytes. Its key (migration 0240)
-- was a further SHA-256, so every insert went to a random leaf of the key's unique index: on a journal of millions of
-- events that search and insert was the largest single cost of the door, about 5 us per event against about 1 us for
-- keys that arrive in order (BENCHMARKS.md, run 15). For ids of that form the key is now the event's instant in
-- milliseconds since 1970 (6 bytes, big-endian) followed by the first 10 bytes of the same SHA-256 over the source's
-- name, a zero byte and the id. The same bytes always carry the same instant, so an event sent again gets the same
-- key; events that happen together get neighbouring keys. Other ids keep their key: a source may send the same id
-- again with a corrected instant, and that must stay a duplicate. The door computes the key
-- (PostgresEventJournal.IdempotencyKey); this script recomputes it for the rows already journaled. Two events would
-- need the same millisecond and an 80-bit collision to be taken for one another.
--
-- The key's index is dropped and built again around the pass, which is faster than updating it row by row; the
-- script holds the journal locked throughout, so no insert meets the table without its index.

lock table opshub_ingest_journal in access exclusive mode;

drop index if exists opshub_ingest_journal_key;

update opshub_ingest_journal
   set idempotency_key = (
           lpad(to_hex(greatest(0, least(floor(extract(epoch from occurred_at) * 1000), 281474976710655))::bigint), 12, '0')
           || encode(substring(sha256(convert_to(source, 'UTF8') || '\x00'::bytea || convert_to(event_id, 'UTF8')) from 1 for 10), 'hex')
       )::uuid
 where event_id ~ '^sha256:[0-9a-f]{64}$';

create unique index opshub_ingest_journal_key on opshub_ingest_journal (idempotency_key);
