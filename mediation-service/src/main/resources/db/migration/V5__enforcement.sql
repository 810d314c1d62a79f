-- a confirmed agreement not performed is enforced by the court (docs/domain.md, "Mediation": enforcement)
alter table mediation add column enforcement_case_number varchar(100);
alter table mediation add column enforcement_applied_on date;
alter table mediation add column enforcement_concluded_on date;
