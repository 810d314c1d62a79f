-- who receives what: event name (without prefix and version) → recipient kinds, and whether it is on
create table route (
    event_name  varchar(80)    primary key,
    recipients  varchar(300)   not null,
    enabled     boolean        not null default true,
    version     bigint         not null default 0,
    updated_at  timestamptz    not null default now()
);
-- the routing the issue names; an admin changes it through /api/v1/routes
insert into route (event_name, recipients) values
    ('case.accepted',                    'COMPLAINANTS'),
    ('case.refused',                     'COMPLAINANTS'),
    ('case.decision-issued',             'COMPLAINANTS,RESPONDENTS'),
    ('case.deadline-approaching',        'HANDLING_OFFICERS,HEAD'),
    ('case.overdue',                     'HANDLING_OFFICERS,HEAD'),
    ('case.referred-to-mediation',       'PARTIES'),
    ('mediation.mediator-assigned',      'PARTIES,MEDIATOR'),
    ('mediation.session-scheduled',      'PARTIES'),
    ('mediation.confirmed',              'PARTIES'),
    ('mediation.confirmation-rejected',  'PARTIES'),
    ('credit.listing-proposed',          'SUBJECT'),
    ('credit.subject-listed',            'SUBJECT'),
    ('credit.subject-delisted',          'SUBJECT');

-- staff recipients: how they want to be reached (parties are reached at the contacts the events carry)
create table recipient (
    user_id     varchar(100)   primary key,
    name        varchar(200)   not null,
    email       varchar(200),
    language    varchar(5)     not null default 'zh',
    region      varchar(6),
    version     bigint         not null default 0,
    updated_at  timestamptz    not null
);
create table recipient_channel (
    user_id  varchar(100) not null references recipient (user_id),
    channel  varchar(20)  not null,
    primary key (user_id, channel)
);
create table recipient_role (
    user_id  varchar(100) not null references recipient (user_id),
    role     varchar(40)  not null,
    primary key (user_id, role)
);

-- the parties' contacts as the case and mediation events last gave them (the credit events name subjects only)
create table party_contact (
    subject_id  varchar(18)    primary key,
    name        varchar(300)   not null,
    email       varchar(200),
    phone       varchar(40),
    updated_at  timestamptz    not null
);

-- every message, exactly one per event, recipient and channel
create table message (
    id               uuid primary key,
    event_id         uuid           not null,
    event_type       varchar(120)   not null,
    event_key        varchar(100),
    case_id          uuid,
    recipient_kind   varchar(30)    not null,
    recipient        varchar(100)   not null,
    channel          varchar(20)    not null,
    address          varchar(500),
    language         varchar(5)     not null,
    subject          varchar(500)   not null,
    body             text           not null,
    status           varchar(20)    not null,
    attempts         integer        not null default 0,
    next_attempt_at  timestamptz,
    last_error       varchar(2000),
    created_at       timestamptz    not null,
    sent_at          timestamptz,
    read_at          timestamptz,
    unique (event_id, recipient, channel)
);
create index message_due on message (status, next_attempt_at);
create index message_inbox on message (channel, recipient, created_at);

create table delivery_attempt (
    id          bigserial primary key,
    message_id  uuid           not null references message (id),
    at          timestamptz    not null,
    outcome     varchar(20)    not null,
    detail      varchar(2000)
);
create index delivery_attempt_message on delivery_attempt (message_id);

-- external systems that receive events by signed HTTP POST
create table webhook (
    id           uuid primary key,
    name         varchar(200)   not null,
    url          varchar(500)   not null,
    secret       varchar(200)   not null,
    event_names  varchar(2000)  not null,
    active       boolean        not null default true,
    created_at   timestamptz    not null
);
