-- Idempotency-Key: the first successful answer to a state-changing request, replayed when the
-- same caller sends the same key again (a retry after a lost response changes nothing twice).
create table idempotency_key (
    caller           varchar(200)  not null,
    idempotency_key  varchar(200)  not null,
    operation        varchar(1000) not null,
    request_hash     varchar(64)   not null,
    status           smallint,
    location         varchar(1000),
    etag             varchar(100),
    body             text,
    created_at       timestamptz   not null default clock_timestamp(),
    primary key (caller, idempotency_key)
);
create index idempotency_key_age on idempotency_key (created_at);
