-- The applier's queue lists each insert's events in one row, not one row per event.
--
-- Until this script the door's insert put every journaled event's number into opshub_ingest_pending as a row of its
-- own, and the applier deleted that row once the event was decided: per event a heap tuple, an entry in the queue's
-- primary key, a deletion and later a vacuum. Measured on a scratch copy of the door's statement (BENCHMARKS.md, run
-- 16) that was about 1.6 us of PostgreSQL's time per event out of about 8; a row per insert holding its numbers in an
-- array costs about 0.4 us per event.
--
-- Now each row of opshub_ingest_pending_sets is a set of pending events: their numbers (seqs, ascending, no
-- duplicates), the least and greatest of them and how many there are. The door adds one row per insert, in the same
-- statement as the journal rows; events held for a receipt and then released, or requeued from the dead letters, come
-- back as a new row. Only the applier, under its lock, takes numbers out of a row: it deletes the row and adds back
-- what it did not take. The view opshub_ingest_pending lists the numbers one per row, as the table did, for operators
-- and for the view opshub_ingest_events.

create table if not exists opshub_ingest_pending_sets (
    id      bigint   generated always as identity primary key,
    min_seq bigint   not null,
    max_seq bigint   not null,
    events  integer  not null check (events > 0),
    seqs    bigint[] not null check (cardinality(seqs) = events)
);

-- The applier takes the sets with the least numbers first; a lookup of one event finds the sets whose span holds it.
create index if not exists opshub_ingest_pending_sets_min on opshub_ingest_pending_sets (min_seq);
create index if not exists opshub_ingest_pending_sets_max on opshub_ingest_pending_sets (max_seq);

-- What was pending stays pending, in sets of at most 5,000 consecutive numbers.
insert into opshub_ingest_pending_sets (min_seq, max_seq, events, seqs)
select min(seq), max(seq), count(*), array_agg(seq order by seq)
  from (select seq, (row_number() over (order by seq) - 1) / 5000 as chunk from opshub_ingest_pending) p
 group by chunk;

drop view if exists opshub_ingest_events;
drop table if exists opshub_ingest_pending;

create or replace view opshub_ingest_pending as
select unnest(s.seqs) as seq from opshub_ingest_pending_sets s;

create or replace view opshub_ingest_events as
select j.seq, j.source, j.event_id, j.subject, j.occurred_at, j.sequence, j.format, j.payload, j.received_at,
       (case when exists (select 1 from opshub_ingest_pending_sets q
                           where q.min_seq <= j.seq and q.max_seq >= j.seq and j.seq = any(q.seqs)) then 0
             when k.seq is not null then k.state
             else 1 end)::smallint as state,
       a.applied_at,
       k.reason
  from opshub_ingest_journal j
  left join opshub_ingest_parked k on k.seq = j.seq
  left join opshub_ingest_applied a on a.seq = j.seq;
