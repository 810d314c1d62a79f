-- subjects identified by another document than a USCC or a resident ID: a permit number, COUNTRY:passport or
-- COUNTRY:register number (docs/domain.md, "Identifiers")
alter table infringement_record alter column subject_id type varchar(60);
alter table listing alter column subject_id type varchar(60);
