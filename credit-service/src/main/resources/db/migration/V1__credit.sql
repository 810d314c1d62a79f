-- what is known against each subject (organisation by USCC, individual by resident ID)
create table infringement_record (
    id               uuid primary key,
    subject_id       varchar(18)   not null,
    subject_kind     varchar(20)   not null,
    subject_name     varchar(300)  not null,
    kind             varchar(40)   not null,
    -- identifies the fact, so that the same fact is recorded once however often it is reported
    fact_key         varchar(300)  not null,
    case_id          uuid,
    case_number      varchar(80),
    mediation_id     uuid,
    region           varchar(6)    not null,
    authority        varchar(300)  not null,
    ip_kind          varchar(40),
    decision_number  varchar(100),
    decided_on       date,
    effective_on     date,
    intentional      boolean,
    fine             numeric(16, 2),
    occurred_on      date          not null,
    detail           varchar(4000),
    revoked_on       date,
    created_at       timestamptz   not null,
    unique (subject_id, kind, fact_key)
);
create index infringement_record_subject on infringement_record (subject_id, kind, effective_on);
create index infringement_record_case on infringement_record (case_id);

create table listing (
    id                     uuid primary key,
    version                bigint         not null,
    subject_id             varchar(18)    not null,
    subject_kind           varchar(20)    not null,
    subject_name           varchar(300)   not null,
    rule                   varchar(40)    not null,
    fact_key               varchar(300)   not null,
    state                  varchar(30)    not null,
    region                 varchar(6)     not null,
    authority              varchar(300)   not null,
    reason                 varchar(2000)  not null,
    legal_basis            varchar(2000)  not null,
    case_number            varchar(80),
    basis_decision_number  varchar(100),
    proposed_on            date           not null,
    objection_due          date           not null,
    objection              varchar(4000),
    objected_on            date,
    decision_number        varchar(100),
    decided_on             date,
    decided_by             varchar(100),
    decision_reason        varchar(2000),
    listed_on              date,
    ends_on                date,
    repair_statement       varchar(4000),
    repair_applied_on      date,
    removed_on             date,
    removal_reason         varchar(30),
    removal_note           varchar(2000),
    audit_seq              integer        not null default 0,
    audit_hash             varchar(64),
    created_at             timestamptz    not null,
    updated_at             timestamptz    not null,
    -- the same facts never open two proposals
    unique (subject_id, rule, fact_key)
);
create index listing_subject_state on listing (subject_id, state);
create index listing_state_due on listing (state, objection_due);
create index listing_state_ends on listing (state, ends_on);
create index listing_region on listing (region);
create index listing_name on listing (subject_name);

-- the records a listing rests on: revoking one of them removes the listing
create table listing_basis (
    listing_id  uuid  not null references listing (id),
    record_id   uuid  not null references infringement_record (id),
    primary key (listing_id, record_id)
);
create index listing_basis_record on listing_basis (record_id);

-- 信用列入 / 不予列入决定书 numbers: one gap-free series per deciding authority and year
create table listing_number_series (
    authority    varchar(300)  not null,
    year         integer       not null,
    last_number  integer       not null,
    primary key (authority, year)
);

create table listing_audit_entry (
    id            bigserial primary key,
    listing_id    uuid          not null references listing (id),
    seq           integer       not null,
    at            timestamptz   not null,
    actor         varchar(100)  not null,
    role          varchar(100)  not null,
    action        varchar(60)   not null,
    before_state  varchar(40),
    after_state   varchar(40),
    reason        varchar(4000),
    details       text,
    prev_hash     varchar(64)   not null,
    hash          varchar(64)   not null,
    unique (listing_id, seq)
);

create or replace function listing_audit_append_only() returns trigger as $$
begin
    raise exception 'audit entries are append-only';
end;
$$ language plpgsql;

create trigger listing_audit_no_update before update or delete on listing_audit_entry
    for each row execute function listing_audit_append_only();
