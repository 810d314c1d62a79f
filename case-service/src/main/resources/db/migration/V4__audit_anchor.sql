-- the head of each case's audit chain, kept on the (versioned) case row: removing the newest
-- audit entries, or truncating the table, no longer leaves a chain that still verifies
alter table ip_case add column audit_seq integer not null default 0;
alter table ip_case add column audit_hash varchar(64);
update ip_case c set audit_seq = a.seq, audit_hash = a.hash
from audit_entry a
where a.case_id = c.id and a.seq = (select max(seq) from audit_entry where case_id = c.id);
