-- the head decides on a proposed transfer to the police within 3 days of the report
alter table ip_case add column transfer_proposed_on date;
