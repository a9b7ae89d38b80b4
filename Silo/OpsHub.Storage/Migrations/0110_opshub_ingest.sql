-- The ingest journal: every accepted event, committed before the source hears 2xx, applied afterwards.
-- state: 0 pending, 1 applied, 2 held (waiting for its dossier's receipt), 3 dead (refused; see reason).
create table if not exists opshub_ingest_journal (
    seq          bigint      generated always as identity primary key,
    source       text        not null,
    event_id     text        not null,
    subject      text        not null,          -- the dossier (or counter) the event is about; ordering key
    occurred_at  timestamptz not null,
    sequence     bigint      null,              -- the source's ordering hint when instants tie
    format       text        not null,          -- how payload is to be read: opshub, cloudevents, portal
    payload      text        not null,          -- the item as the source sent it
    received_at  timestamptz not null,
    state        smallint    not null default 0,
    applied_at   timestamptz null,
    reason       text        null,
    constraint opshub_ingest_journal_idempotency unique (source, event_id)
);

create index if not exists opshub_ingest_journal_pending on opshub_ingest_journal (seq) where state = 0;
create index if not exists opshub_ingest_journal_held on opshub_ingest_journal (subject) where state = 2;
create index if not exists opshub_ingest_journal_dead on opshub_ingest_journal (seq) where state = 3;

-- Items that could not even be journaled (malformed, invalid fields), kept with their reason for ops.
create table if not exists opshub_dead_letters (
    id           bigint      generated always as identity primary key,
    source       text        not null,
    format       text        not null,
    payload      text        not null,
    reason       text        not null,
    received_at  timestamptz not null,
    replayed_at  timestamptz null,
    replay_note  text        null
);

create index if not exists opshub_dead_letters_open on opshub_dead_letters (id) where replayed_at is null;
