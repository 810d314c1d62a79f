-- the closing clock starts at filing and starts again when a revoked decision's case is reopened
alter table ip_case add column clock_started_on date;
update ip_case set clock_started_on = filed_on;
