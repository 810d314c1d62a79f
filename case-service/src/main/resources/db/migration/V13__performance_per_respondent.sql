-- what each respondent owes once the decision is in force for it: its payment period (from its own service), the formal
-- demand served on it and its period, the day it performed, and whether its refusal to perform is on record
-- (docs/domain.md, "Service of a decision", "Performance")
alter table case_party add column payment_due date;
alter table case_party add column demanded_on date;
alter table case_party add column demand_due date;
alter table case_party add column performed_on date;
alter table case_party add column refused boolean not null default false;
-- cases decided before: every respondent stood where the case stood
update case_party p set payment_due = c.payment_due, demanded_on = c.demanded_on, demand_due = c.demand_due,
    performed_on = c.performed_on,
    refused = (c.state = 'NOT_PERFORMED' and (c.not_performed_by is null or c.not_performed_by in (p.uscc, p.id_number, p.nationality || ':' || p.id_number)))
  from ip_case c where p.case_id = c.id and p.role = 'RESPONDENT' and c.decision_number is not null;
