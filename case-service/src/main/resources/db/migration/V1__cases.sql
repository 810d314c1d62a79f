create table ip_case (
    id                    uuid primary key,
    version               bigint       not null,
    track                 varchar(30)  not null,
    procedure             varchar(20)  not null,
    state                 varchar(40)  not null,
    case_number           varchar(80)  unique,
    region                varchar(6)      not null,
    source                varchar(40)  not null,
    ip_kind               varchar(40)  not null,
    ip_number             varchar(100),
    ip_title              varchar(300) not null,
    ip_holder             varchar(300) not null,
    summary               varchar(4000),
    amount_involved       numeric(16, 2),
    illegal_gain          numeric(16, 2),
    copies_involved       integer,
    loss_caused           numeric(16, 2),
    transfer_flagged      boolean      not null default false,
    received_on           date         not null,
    acceptance_due        date         not null,
    filed_on              date,
    closing_due           date,
    extension_count       integer      not null default 0,
    extension_requested   varchar(1000),
    refusal_reason        varchar(2000),
    review_proposal       varchar(4000),
    reviewed_by           varchar(100),
    review_opinion        varchar(2000),
    decision_number       varchar(100),
    decision_kind         varchar(30),
    decided_on            date,
    infringement_found    boolean,
    intentional           boolean,
    major_decision        boolean,
    orders                varchar(4000),
    fine                  numeric(16, 2),
    confiscated_gain      numeric(16, 2),
    served_on             date,
    appeal_deadline       date,
    effective_on          date,
    performed_on          date,
    not_performed_reason  varchar(2000),
    revoked_on            date,
    revocation_reason     varchar(2000),
    transfer_reason       varchar(2000),
    transferred_on        date,
    mediation_id          varchar(100),
    closed_on             date,
    closed_reason         varchar(40),
    created_by            varchar(100) not null,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null
);
create index ip_case_region on ip_case (region);
create index ip_case_state on ip_case (state);

create table case_party (
    id          bigserial primary key,
    case_id     uuid         not null references ip_case (id),
    position    integer      not null,
    role        varchar(20)  not null,
    kind        varchar(20)  not null,
    name        varchar(300) not null,
    uscc        varchar(18),
    id_number   varchar(18),
    address     varchar(500),
    phone       varchar(40),
    email       varchar(200)
);
create index case_party_case on case_party (case_id);
create index case_party_uscc on case_party (uscc);

create table case_officer (
    case_id     uuid         not null references ip_case (id),
    officer_id  varchar(100) not null,
    primary key (case_id, officer_id)
);

create table case_shared_region (
    case_id     uuid    not null references ip_case (id),
    region      varchar(6) not null,
    primary key (case_id, region)
);

create table case_pause (
    id         bigserial primary key,
    case_id    uuid        not null references ip_case (id),
    reason     varchar(40) not null,
    from_date  date        not null,
    to_date    date
);
create index case_pause_case on case_pause (case_id);

create table evidence_item (
    id            uuid primary key,
    case_id       uuid          not null references ip_case (id),
    description   varchar(2000) not null,
    kind          varchar(40)   not null,
    obtained_at   timestamptz   not null,
    sha256        varchar(64)      not null,
    registered_by varchar(100)  not null,
    registered_at timestamptz   not null
);
create index evidence_item_case on evidence_item (case_id);

-- case numbers are gap-free per series: a number is taken under the series row lock, in the
-- transaction that files the case, and goes back if that transaction rolls back
create table case_number_series (
    region      varchar(6)     not null,
    track       varchar(30) not null,
    year        integer     not null,
    last_number integer     not null,
    primary key (region, track, year)
);

-- a deadline notice is sent once per case, clock, due date and kind
create table deadline_notice (
    case_id   uuid        not null references ip_case (id),
    clock     varchar(30) not null,
    due_on    date        not null,
    kind      varchar(20) not null,
    sent_at   timestamptz not null,
    primary key (case_id, clock, due_on, kind)
);

create table penalty_publication (
    case_id          uuid primary key references ip_case (id),
    decision_number  varchar(100) not null,
    region           varchar(6)      not null,
    due_on           date         not null,
    published_at     timestamptz,
    withdrawn_at     timestamptz,
    withdrawal_reason varchar(2000),
    content          text
);

-- append-only, hash-chained per case (执法全过程记录)
create table audit_entry (
    id           bigserial primary key,
    case_id      uuid          not null references ip_case (id),
    seq          integer       not null,
    at           timestamptz   not null,
    actor        varchar(100)  not null,
    role         varchar(100)  not null,
    action       varchar(60)   not null,
    before_state varchar(40),
    after_state  varchar(40),
    reason       varchar(4000),
    details      text,
    prev_hash    varchar(64)      not null,
    hash         varchar(64)      not null,
    unique (case_id, seq)
);

create or replace function audit_entry_append_only() returns trigger as $$
begin
    raise exception 'audit entries are append-only';
end;
$$ language plpgsql;

create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
