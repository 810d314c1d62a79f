-- service of the decision on each respondent: its consent to electronic service, the day and the way it was served;
-- and whom a recorded refusal to perform concerns (docs/domain.md, "Service of a decision")
alter table case_party add column e_service_consent boolean not null default false;
alter table case_party add column served_on date;
alter table case_party add column service_method varchar(20);
alter table ip_case add column not_performed_by varchar(60);
-- decisions served before: every respondent was served on the case's day
update case_party p set served_on = c.served_on, service_method = 'OTHER'
  from ip_case c where p.case_id = c.id and p.role = 'RESPONDENT' and c.served_on is not null;
