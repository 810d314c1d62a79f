-- parties identified by a document other than the resident ID or the USCC: a Hong Kong / Macao or Taiwan residents'
-- travel permit, a foreign permanent resident ID, a passport, a foreign register's number (docs/domain.md, "Identifiers")
alter table case_party alter column id_number type varchar(50);
alter table case_party add column id_type varchar(40);
alter table case_party add column nationality varchar(3);
