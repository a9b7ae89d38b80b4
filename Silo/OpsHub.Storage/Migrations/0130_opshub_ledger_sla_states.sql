-- The unit ledger also carries a dossier's procedure field and its paused and due-soon changes, so the SLA gauges
-- by unit and field are sums of the same rows. Rows written before this have no field ("unknown" until the
-- dossier's next change) and no paused or due-soon deltas (such dossiers were never counted as either).
alter table opshub_unit_ledger add column if not exists field_code text null;
alter table opshub_unit_ledger add column if not exists d_paused integer not null default 0;
alter table opshub_unit_ledger add column if not exists d_due_soon integer not null default 0;
