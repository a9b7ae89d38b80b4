-- The journal becomes append-only: an event's outcome is kept beside its row, never written into it.
--
-- Until this script the applier recorded each outcome on the journal row (state, applied_at, reason). To keep that
-- update on the row's own page (a HOT update, migration 0230) the journal's pages were filled to 45%, so the journal
-- took about 2.2 times the pages its rows need. Profiled under the door's full load (BENCHMARKS.md, run 14), the
-- extra pages cost PostgreSQL a tenth of the machine: each new page is first written as zeros when the table grows,
-- then written again when the cache evicts it, and it pushes the idempotency key's pages out of the cache sooner.
--
-- Now the journal's rows are written once and filled to 100%, and where an event stands is where it is listed:
--   opshub_ingest_pending  waiting for the applier (the door lists it there in the same statement as the journal row);
--   opshub_ingest_parked   held for its dossier's receipt (2) or refused when applied (3), now with the reason;
--   opshub_ingest_applied  applied, with the instant;
-- an event in none of them is applied with no instant recorded (none is left so by this script or by the applier).
-- The view opshub_ingest_events shows each journaled event with the state, applied_at and reason columns the journal
-- had, for operators and for reading one event back.
--
-- Silos of an earlier release write those columns and fail against a database migrated by this script: stop them all
-- before starting a silo of this release.

create table if not exists opshub_ingest_applied (
    seq        bigint      primary key,
    applied_at timestamptz not null
);

alter table opshub_ingest_parked add column if not exists reason text null;

insert into opshub_ingest_applied (seq, applied_at)
select seq, coalesce(applied_at, received_at) from opshub_ingest_journal where state = 1
on conflict do nothing;

update opshub_ingest_parked p
   set reason = j.reason
  from opshub_ingest_journal j
 where j.seq = p.seq and p.reason is null;

alter table opshub_ingest_journal
    drop column if exists state,
    drop column if exists applied_at,
    drop column if exists reason;

-- Pages written from now on are filled: no row is ever updated.
alter table opshub_ingest_journal set (fillfactor = 100);

create or replace view opshub_ingest_events as
select j.seq, j.source, j.event_id, j.subject, j.occurred_at, j.sequence, j.format, j.payload, j.received_at,
       (case when q.seq is not null then 0 when k.seq is not null then k.state else 1 end)::smallint as state,
       a.applied_at,
       k.reason
  from opshub_ingest_journal j
  left join opshub_ingest_pending q on q.seq = j.seq
  left join opshub_ingest_parked k on k.seq = j.seq
  left join opshub_ingest_applied a on a.seq = j.seq;
