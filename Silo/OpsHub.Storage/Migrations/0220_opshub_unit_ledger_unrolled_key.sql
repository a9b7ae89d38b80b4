-- The roll-up (0210) finds the rows not yet rolled up by their key. With only the by-unit index below the planner
-- read the whole ledger for them (measured: 130-150 ms for 2,000 rows among a million, at every 10 s roll-up, growing
-- with the ledger); this one holds just the rows not yet rolled up, so finding them costs what they number.
create index if not exists opshub_unit_ledger_unrolled_key on opshub_unit_ledger (dossier_code, change_no) where not rolled_up;
