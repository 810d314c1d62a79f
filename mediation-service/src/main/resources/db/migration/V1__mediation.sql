-- mediation organisations and their mediators (调解组织、调解员)
create table mediation_organisation (
    id          uuid primary key,
    version     bigint       not null,
    name        varchar(300) not null,
    kind        varchar(20)  not null,
    region      varchar(6)   not null,
    active      boolean      not null default true,
    created_at  timestamptz  not null
);

create table organisation_admin (
    organisation_id uuid         not null references mediation_organisation (id),
    user_id         varchar(100) not null,
    primary key (organisation_id, user_id)
);
create index organisation_admin_user on organisation_admin (user_id);

-- a mediator is identified by the user id of their token
create table mediator (
    id              varchar(100) primary key,
    version         bigint       not null,
    organisation_id uuid         not null references mediation_organisation (id),
    name            varchar(200) not null,
    phone           varchar(40),
    active          boolean      not null default true,
    created_at      timestamptz  not null
);

create table mediator_ip_kind (
    mediator_id varchar(100) not null references mediator (id),
    ip_kind     varchar(40)  not null,
    primary key (mediator_id, ip_kind)
);

create table mediation (
    id                         uuid primary key,
    version                    bigint        not null,
    case_id                    uuid,
    case_number                varchar(80),
    kind                       varchar(20)   not null,
    state                      varchar(30)   not null,
    region                     varchar(6)    not null,
    ip_kind                    varchar(40)   not null,
    ip_number                  varchar(100),
    ip_title                   varchar(300)  not null,
    ip_holder                  varchar(300)  not null,
    summary                    varchar(4000),
    organisation_id            uuid references mediation_organisation (id),
    mediator_id                varchar(100) references mediator (id),
    opened_on                  date          not null,
    due_on                     date          not null,
    extended                   boolean       not null default false,
    assigned_on                date,
    agreement                  jsonb,
    agreement_effective_on     date,
    court                      varchar(200),
    court_case_number          varchar(100),
    confirmation_requested_on  date,
    court_acceptance_due       date,
    court_accepted_on          date,
    court_decision_due         date,
    court_decision_extended    boolean       not null default false,
    confirmation_decided_on    date,
    performed_on               date,
    -- the day mediation itself came to an end: agreement reached, failed, withdrawn or expired
    concluded_on               date,
    ended_on                   date,
    reason                     varchar(4000),
    audit_seq                  integer       not null default 0,
    audit_hash                 varchar(64),
    created_by                 varchar(100)  not null,
    created_at                 timestamptz   not null,
    updated_at                 timestamptz   not null
);
-- one open mediation per case: a case can be mediated again only after the last one ended
create unique index mediation_open_per_case on mediation (case_id)
    where case_id is not null and state in ('REQUESTED', 'ASSIGNED', 'IN_PROGRESS');
create index mediation_state_due on mediation (state, due_on);
create index mediation_mediator on mediation (mediator_id, state);
create index mediation_region on mediation (region);
create index mediation_organisation_idx on mediation (organisation_id);
create index mediation_case on mediation (case_id);
create index mediation_concluded on mediation (concluded_on);

create table mediation_party (
    id            bigserial primary key,
    mediation_id  uuid          not null references mediation (id),
    position      integer       not null,
    role          varchar(20)   not null,
    kind          varchar(20)   not null,
    name          varchar(300)  not null,
    uscc          varchar(18),
    id_number     varchar(18),
    address       varchar(500),
    phone         varchar(40),
    email         varchar(200)
);
create index mediation_party_mediation on mediation_party (mediation_id);

-- the mediators suggested for a mediation, and their answers
create table mediator_offer (
    mediation_id  uuid          not null references mediation (id),
    mediator_id   varchar(100)  not null references mediator (id),
    rank          integer       not null,
    status        varchar(20)   not null,
    offered_at    timestamptz   not null,
    answered_at   timestamptz,
    primary key (mediation_id, mediator_id)
);
create index mediator_offer_mediator on mediator_offer (mediator_id, status);

create table mediation_session (
    id            bigserial primary key,
    mediation_id  uuid          not null references mediation (id),
    seq           integer       not null,
    scheduled_at  timestamptz   not null,
    mode          varchar(20)   not null,
    place         varchar(500)  not null,
    held_at       timestamptz,
    attendees     varchar(2000),
    minutes       text,
    unique (mediation_id, seq)
);

-- append-only, hash-chained per mediation
create table mediation_audit_entry (
    id            bigserial primary key,
    mediation_id  uuid          not null references mediation (id),
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
    unique (mediation_id, seq)
);

create or replace function mediation_audit_append_only() returns trigger as $$
begin
    raise exception 'audit entries are append-only';
end;
$$ language plpgsql;

create trigger mediation_audit_no_update before update or delete on mediation_audit_entry
    for each row execute function mediation_audit_append_only();
