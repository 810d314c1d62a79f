-- service-kit tables, present in every service's database.
-- Versions 0.x belong to service-kit; each service numbers its own migrations from 1.

create table outbox_event (
    id             bigserial primary key,
    event_id       uuid         not null unique,
    topic          varchar(200) not null,
    message_key    varchar(200) not null,
    lane           smallint     not null,
    event_type     varchar(200) not null,
    source         varchar(200) not null,
    subject        varchar(200),
    occurred_at    timestamptz  not null,
    payload        text         not null,
    trace_parent   varchar(100),
    created_at     timestamptz  not null default clock_timestamp(),
    sent_at        timestamptz
);
-- the relay reads only what is still to be sent, lane by lane, in id order
create index outbox_event_unsent on outbox_event (lane, id) where sent_at is null;

create table consumed_event (
    consumer     varchar(100) not null,
    event_id     uuid         not null,
    event_type   varchar(200),
    consumed_at  timestamptz  not null default clock_timestamp(),
    primary key (consumer, event_id)
);
