-- The ASP.NET Core data-protection key ring (what sign-in cookies and antiforgery tokens are protected with), one
-- row per key as the XML the key manager writes. Kept in the shared database so that every silo of a cluster reads
-- the same ring: a person signed in through one silo stays signed in on the others and after restarts. The XML holds
-- key material: only OpsHub's own database role should be able to read this table.
create table if not exists opshub_data_protection_keys (
    id            bigint generated always as identity primary key,
    friendly_name text        not null,
    xml           text        not null,
    created_at    timestamptz not null default now()
);
