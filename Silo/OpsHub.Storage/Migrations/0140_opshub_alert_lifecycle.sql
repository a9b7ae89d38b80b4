-- Alert lifecycle (issue #7): what an alert concerns, acknowledgement, escalation, and a durable delivery outbox.

-- Existing rows get notified = changes, so upgrading does not send old alerts; new rows start with one change unsent.
alter table opshub_alerts add column if not exists detail               text        null;
alter table opshub_alerts add column if not exists field_code           text        null;
alter table opshub_alerts add column if not exists counter_code         text        null;
alter table opshub_alerts add column if not exists department           text        null;
alter table opshub_alerts add column if not exists acknowledged_at      timestamptz null;
alter table opshub_alerts add column if not exists acknowledged_by      text        null;
alter table opshub_alerts add column if not exists acknowledgement_note text        null;
alter table opshub_alerts add column if not exists escalation_level     integer     not null default 0;
alter table opshub_alerts add column if not exists escalate_at          timestamptz null;
alter table opshub_alerts add column if not exists changes              integer     not null default 0;
alter table opshub_alerts add column if not exists notified             integer     not null default 0;
alter table opshub_alerts alter column changes set default 1;

-- Alerts whose latest change has not yet been turned into notifications.
create index if not exists opshub_alerts_unnotified on opshub_alerts (id) where changes > notified;
-- Alerts waiting for acknowledgement, by the instant they escalate.
create index if not exists opshub_alerts_escalating on opshub_alerts (escalate_at)
    where escalate_at is not null and acknowledged_at is null and resolved_at is null;

-- One row per notification and channel; the unique key means nothing is sent twice for the same transition.
-- deliver_after is SLA time (held until opening); retry_at, claimed_until and delivered_at are wall-clock time.
create table if not exists opshub_alert_outbox (
    id            bigserial   primary key,
    alert_id      text        not null references opshub_alerts (id),
    channel       text        not null,
    transition    text        not null,
    level         integer     not null,
    created_at    timestamptz not null,
    deliver_after timestamptz not null,
    attempts      integer     not null default 0,
    retry_at      timestamptz null,
    claimed_until timestamptz null,
    delivered_at  timestamptz null,
    abandoned_at  timestamptz null,
    last_error    text        null,
    unique (alert_id, channel, transition, level)
);

create index if not exists opshub_alert_outbox_pending on opshub_alert_outbox (deliver_after, id)
    where delivered_at is null and abandoned_at is null;

-- Every delivery attempt, successful or not.
create table if not exists opshub_alert_deliveries (
    id          bigserial   primary key,
    outbox_id   bigint      not null references opshub_alert_outbox (id),
    alert_id    text        not null,
    channel     text        not null,
    transition  text        not null,
    attempt     integer     not null,
    at          timestamptz not null,
    succeeded   boolean     not null,
    status_code integer     null,
    error       text        null
);

create index if not exists opshub_alert_deliveries_by_alert on opshub_alert_deliveries (alert_id, id);
