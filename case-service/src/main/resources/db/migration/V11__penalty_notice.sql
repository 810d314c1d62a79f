-- the notice of the intended penalty and the party's periods to state its case and ask for a hearing
-- (docs/domain.md, "Who decides on a case")
alter table ip_case add column notice_served_on date;
alter table ip_case add column statement_due date;
alter table ip_case add column hearing_request_due date;
alter table ip_case add column notice_waived boolean not null default false;
