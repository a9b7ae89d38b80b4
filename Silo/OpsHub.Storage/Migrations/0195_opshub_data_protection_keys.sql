-- ASP.NET Core data-protection keys (sign-in cookies, antiforgery tokens), shared by every silo of the cluster so a
-- cookie issued by one silo is read by the others. One row per key, as the key manager wrote its XML; never updated.
create table if not exists opshub_data_protection_keys (
    friendly_name text        primary key,
    xml           text        not null,
    created_at    timestamptz not null default now()
);
