-- an organisation's legal representative (docs/domain.md, "Credit: the legal representative")
alter table case_party add column legal_rep_name varchar(100);
alter table case_party add column legal_rep_id_type varchar(40);
alter table case_party add column legal_rep_id_number varchar(50);
alter table case_party add column legal_rep_nationality varchar(3);
