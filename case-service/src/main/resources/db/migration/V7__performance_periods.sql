-- a fine's payment period and the formal demand to perform (docs/domain.md, "Performance")
alter table ip_case add column payment_due date;
alter table ip_case add column demanded_on date;
alter table ip_case add column demand_due date;
