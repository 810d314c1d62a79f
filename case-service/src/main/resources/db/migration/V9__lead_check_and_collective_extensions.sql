-- the lead check's extension by the head, and the days a collective discussion adds past the head's extensions
-- (docs/domain.md, "Case periods")
alter table ip_case add column lead_check_extended boolean not null default false;
alter table ip_case add column collective_extension_days integer not null default 0;
