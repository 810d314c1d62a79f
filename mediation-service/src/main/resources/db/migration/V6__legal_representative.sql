-- an organisation's legal representative (docs/domain.md, "Credit: the legal representative")
alter table mediation_party add column legal_rep_name varchar(100);
alter table mediation_party add column legal_rep_id_type varchar(40);
alter table mediation_party add column legal_rep_id_number varchar(50);
alter table mediation_party add column legal_rep_nationality varchar(3);
