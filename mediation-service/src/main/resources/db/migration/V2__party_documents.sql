-- parties identified by a document other than the resident ID or the USCC (docs/domain.md, "Identifiers")
alter table mediation_party alter column id_number type varchar(50);
alter table mediation_party add column id_type varchar(40);
alter table mediation_party add column nationality varchar(3);
