-- the court's periods on a joint application for judicial confirmation, watched: each notice is sent once
-- (docs/domain.md, "Mediation time limits")
create table court_deadline_notice (
    mediation_id uuid        not null references mediation (id),
    period       varchar(20) not null,
    due_on       date        not null,
    kind         varchar(20) not null,
    sent_at      timestamptz not null,
    primary key (mediation_id, period, due_on, kind)
);
