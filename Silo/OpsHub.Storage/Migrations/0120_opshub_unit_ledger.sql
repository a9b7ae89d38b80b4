-- Every change a dossier makes to its unit's counts, once: (dossier, change number) is the key, so a change
-- recorded again after a crash or a retry stores nothing. A unit's figures are the sums of its rows.
create table if not exists opshub_unit_ledger (
    dossier_code text        not null,
    change_no    integer     not null,
    unit_code    text        not null,
    d_open       integer     not null,
    d_overdue    integer     not null,
    at           timestamptz not null,
    primary key (dossier_code, change_no)
);

create index if not exists opshub_unit_ledger_by_unit on opshub_unit_ledger (unit_code) include (d_open, d_overdue, at);
