-- The applier's work moves out of the journal's indexes, so that marking an event applied rewrites no index entry.
--
-- Before this script the pending, held and dead sets were partial indexes on the journal with `state` in their
-- predicates. A column in an index predicate makes every update of it a non-HOT update: each applied event wrote a
-- second copy of its row (payload included), a second entry in the primary key and in the (source, event_id) key,
-- and left a dead row for autovacuum to clear from the heap and from both keys (measured on a 1.66M-row journal:
-- 0 HOT updates of 6,000, the key index 219 MiB against the primary key's 36 MiB).
--
-- Now the journal has only its two keys, and its `state`, `applied_at` and `reason` columns are a record that no index
-- reads. What is left to do lives in two small tables that hold rows only while there is work:
--   opshub_ingest_pending  events waiting for the applier (the door inserts here in the same statement as the journal);
--   opshub_ingest_parked   events held for their dossier's receipt (state 2) or refused when applied (state 3).
-- The journal's pages keep room for each row's one update (fillfactor), so that update stays on its page: a HOT update.

create table if not exists opshub_ingest_pending (
    seq bigint primary key
);

create table if not exists opshub_ingest_parked (
    seq     bigint   primary key,
    subject text     not null,
    state   smallint not null check (state in (2, 3))
);

create index if not exists opshub_ingest_parked_held on opshub_ingest_parked (subject) where state = 2;

insert into opshub_ingest_pending (seq)
select seq from opshub_ingest_journal where state = 0
on conflict do nothing;

insert into opshub_ingest_parked (seq, subject, state)
select seq, subject, state from opshub_ingest_journal where state in (2, 3)
on conflict do nothing;

drop index if exists opshub_ingest_journal_pending;
drop index if exists opshub_ingest_journal_held;
drop index if exists opshub_ingest_journal_dead;

-- Pages written from now on are filled to 45%, leaving the rest for the update that records each row's outcome: a copy
-- of the row, 8 bytes longer once applied_at is set, so a little more than the half the row itself took.
alter table opshub_ingest_journal set (fillfactor = 45);
