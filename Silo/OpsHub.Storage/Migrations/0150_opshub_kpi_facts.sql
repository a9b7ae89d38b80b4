-- KPI facts: what happened to each dossier that the KPIs count, once per (dossier, fact). A fact recorded again
-- after a crash or a retry stores nothing; a rating given again replaces the earlier one. Facts carry the local
-- (Asia/Ho_Chi_Minh) date they belong to: a dossier received in January and completed in March counts as received
-- in January and done in March.
create table if not exists opshub_kpi_facts (
    dossier_code   text        not null,
    fact           text        not null check (fact in ('received', 'done', 'withdrawn', 'rated')),
    unit_code      text        not null,
    procedure_code text        not null,
    field_code     text        not null,
    channel        smallint    not null,
    day            date        not null,
    at             timestamptz not null,
    -- done: 1 early, 2 on time, 3 late; rated: 1 very satisfied, 2 satisfied, 3 not satisfied; otherwise 0.
    value          smallint    not null default 0,
    primary key (dossier_code, fact)
);

create index if not exists opshub_kpi_facts_by_unit_day on opshub_kpi_facts (unit_code, day);

-- The facts pre-aggregated per unit, day and procedure, kept exact by the trigger below (inserts add, updates move,
-- deletes subtract), so a year of a province sums a few thousand rows, not millions of facts.
create table if not exists opshub_kpi_daily (
    unit_code        text   not null,
    day              date   not null,
    procedure_code   text   not null,
    field_code       text   not null,
    received         bigint not null default 0,
    received_counter bigint not null default 0,
    received_online  bigint not null default 0,
    received_post    bigint not null default 0,
    done_early       bigint not null default 0,
    done_on_time     bigint not null default 0,
    done_late        bigint not null default 0,
    withdrawn        bigint not null default 0,
    rated_1          bigint not null default 0,
    rated_2          bigint not null default 0,
    rated_3          bigint not null default 0,
    primary key (unit_code, day, procedure_code)
);

create or replace function opshub_kpi_daily_add(f opshub_kpi_facts, sign integer) returns void
language plpgsql as $$
begin
    insert into opshub_kpi_daily as d (
        unit_code, day, procedure_code, field_code, received, received_counter, received_online, received_post,
        done_early, done_on_time, done_late, withdrawn, rated_1, rated_2, rated_3)
    values (
        f.unit_code, f.day, f.procedure_code, f.field_code,
        sign * (f.fact = 'received')::int,
        sign * (f.fact = 'received' and f.channel = 1)::int,
        sign * (f.fact = 'received' and f.channel = 2)::int,
        sign * (f.fact = 'received' and f.channel = 3)::int,
        sign * (f.fact = 'done' and f.value = 1)::int,
        sign * (f.fact = 'done' and f.value = 2)::int,
        sign * (f.fact = 'done' and f.value = 3)::int,
        sign * (f.fact = 'withdrawn')::int,
        sign * (f.fact = 'rated' and f.value = 1)::int,
        sign * (f.fact = 'rated' and f.value = 2)::int,
        sign * (f.fact = 'rated' and f.value = 3)::int)
    on conflict (unit_code, day, procedure_code) do update set
        received = d.received + excluded.received,
        received_counter = d.received_counter + excluded.received_counter,
        received_online = d.received_online + excluded.received_online,
        received_post = d.received_post + excluded.received_post,
        done_early = d.done_early + excluded.done_early,
        done_on_time = d.done_on_time + excluded.done_on_time,
        done_late = d.done_late + excluded.done_late,
        withdrawn = d.withdrawn + excluded.withdrawn,
        rated_1 = d.rated_1 + excluded.rated_1,
        rated_2 = d.rated_2 + excluded.rated_2,
        rated_3 = d.rated_3 + excluded.rated_3;
end $$;

create or replace function opshub_kpi_facts_to_daily() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform opshub_kpi_daily_add(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform opshub_kpi_daily_add(new, 1);
    end if;
    return null;
end $$;

drop trigger if exists opshub_kpi_facts_daily on opshub_kpi_facts;
create trigger opshub_kpi_facts_daily after insert or update or delete on opshub_kpi_facts
    for each row execute function opshub_kpi_facts_to_daily();
