-- A unit's figures without summing its whole history.
--
-- Until now every reader of a unit's open, overdue, paused and due-soon counts (the unit grain's live totals, the KPI
-- gauges, the SLA gauges by field) summed all of the unit's ledger rows: one row per change of every dossier it ever
-- received, so each read cost more with every dossier (BENCHMARKS.md, Targets). The rows stay, because their key is
-- what makes a change recorded twice count once; but a roll-up now folds them, in batches, into one running total
-- per (unit, field, procedure) and marks them rolled up, in one statement. Readers sum the totals and the rows not
-- yet rolled up (opshub_unit_figures), in one statement too, so they see every change exactly once whether or not a
-- roll-up commits while they read.

-- The procedure lets the per-procedure breakdown read the totals instead of joining every row to its receipt fact.
alter table opshub_unit_ledger add column if not exists procedure_code text null;
alter table opshub_unit_ledger add column if not exists rolled_up boolean not null default false;

-- Rows written before the field was recorded (0130) take it from the dossier's later rows, as readers did per
-- dossier until now; rows written before the procedure was recorded take it from the dossier's receipt fact.
update opshub_unit_ledger l
   set field_code = later.field_code
  from (select dossier_code, max(field_code) as field_code from opshub_unit_ledger
         group by dossier_code having max(field_code) is not null) later
 where l.dossier_code = later.dossier_code and l.field_code is null;

update opshub_unit_ledger l
   set procedure_code = f.procedure_code
  from opshub_kpi_facts f
 where f.dossier_code = l.dossier_code and f.fact = 'received' and l.procedure_code is null;

-- '' stands for "not known" in the key, which cannot hold nulls; opshub_unit_figures turns it back into null.
create table if not exists opshub_unit_totals (
    unit_code      text        not null,
    field_code     text        not null,
    procedure_code text        not null,
    d_open         bigint      not null,
    d_overdue      bigint      not null,
    d_paused       bigint      not null,
    d_due_soon     bigint      not null,
    changes        bigint      not null,
    last_at        timestamptz not null,
    primary key (unit_code, field_code, procedure_code)
);

-- Only the rows not yet rolled up are read by unit; the roll-up takes them out of this index.
drop index if exists opshub_unit_ledger_by_unit;
create index if not exists opshub_unit_ledger_unrolled on opshub_unit_ledger (unit_code)
    include (field_code, procedure_code, d_open, d_overdue, d_paused, d_due_soon, at)
    where not rolled_up;

create or replace view opshub_unit_figures as
select unit_code, nullif(field_code, '') as field_code, nullif(procedure_code, '') as procedure_code,
       d_open, d_overdue, d_paused, d_due_soon, changes, last_at as at
  from opshub_unit_totals
union all
select unit_code, field_code, procedure_code,
       d_open::bigint, d_overdue::bigint, d_paused::bigint, d_due_soon::bigint, 1::bigint, at
  from opshub_unit_ledger
 where not rolled_up;
