-- the register chain: every change to a service's registers (mediators, routes, webhooks, recipients, credit
-- records, …), hash-chained in one order (docs/domain.md, "Audit"); the one-row head is locked for each append and
-- each checkpoint. In every service; used where the service is built with ipcase.audit.checkpoints=enabled
create table register_audit_entry (
    seq           integer       primary key,
    at            timestamptz   not null,
    entity_kind   varchar(60)   not null,
    entity_id     varchar(200)  not null,
    action        varchar(60)   not null,
    actor         varchar(100)  not null,
    role          varchar(100),
    new_values    text,
    prev_hash     varchar(64)   not null,
    hash          varchar(64)   not null
);
create index register_audit_entry_entity on register_audit_entry (entity_kind, entity_id);

create table register_audit_head (
    id    smallint     primary key check (id = 1),
    seq   integer      not null,
    hash  varchar(64)  not null
);
insert into register_audit_head (id, seq, hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create or replace function register_audit_append_only() returns trigger as $$
begin
    raise exception 'audit entries are append-only';
end;
$$ language plpgsql;

create trigger register_audit_no_update before update or delete on register_audit_entry
    for each row execute function register_audit_append_only();

-- signed checkpoints of the audit chain heads, and the heads the newest one covers
create table audit_checkpoint (
    seq         bigint       primary key,
    taken_at    timestamptz  not null,
    checkpoint  text         not null
);

create table audit_checkpoint_head (
    chain     varchar(60)   not null,
    chain_id  varchar(200)  not null,
    seq       integer       not null,
    hash      varchar(64)   not null,
    primary key (chain, chain_id)
);
