-- OpsHub's own SLA tables: raised alerts and pending dossier wake-ups.

create table if not exists opshub_alerts (
    id          text        primary key,          -- kind:subject:cycle; one alert per SLA cycle
    kind        text        not null,
    unit_code   text        not null,
    subject     text        not null,
    cycle       integer     not null,
    due_at      timestamptz not null,
    raised_at   timestamptz not null,
    resolved_at timestamptz null
);

create index if not exists opshub_alerts_by_unit on opshub_alerts (unit_code, raised_at desc);
create index if not exists opshub_alerts_open on opshub_alerts (raised_at desc) where resolved_at is null;

-- At most one pending wake-up per dossier; silos read the ones coming due by instant.
create table if not exists opshub_dossier_wakeups (
    dossier_code text        primary key,
    wake_at      timestamptz not null
);

create index if not exists opshub_dossier_wakeups_by_instant on opshub_dossier_wakeups (wake_at);
