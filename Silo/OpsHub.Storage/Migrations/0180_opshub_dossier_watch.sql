-- What the wall watches of each open dossier: its due instant, the step it is in or waiting for, and its SLA state.
-- One row per open dossier, written by the dossier's grain when any of these change and deleted when it closes, so
-- the overdue and due-soon lists and the breach forecast read a unit's open dossiers without waking their grains.
create table if not exists opshub_dossier_watch (
    dossier_code    text        primary key,
    unit_code       text        not null,
    procedure_code  text        not null,
    received_at     timestamptz not null,
    due_at          timestamptz not null,
    step_code       text        null,
    step_entered_at timestamptz not null,
    paused          boolean     not null,
    due_soon        boolean     not null,
    overdue         boolean     not null
);

create index if not exists opshub_dossier_watch_by_unit_due on opshub_dossier_watch (unit_code, due_at);

-- Each finished internal step once, (dossier, run number) the key: what step durations and throughput are learned from.
create table if not exists opshub_step_samples (
    dossier_code   text        not null,
    run_no         integer     not null,
    unit_code      text        not null,
    procedure_code text        not null,
    step_code      text        not null,
    entered_at     timestamptz not null,
    finished_at    timestamptz not null,
    received_at    timestamptz not null,
    due_at         timestamptz not null,
    primary key (dossier_code, run_no)
);

create index if not exists opshub_step_samples_by_unit_finished on opshub_step_samples (unit_code, finished_at);
