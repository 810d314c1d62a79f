-- a party's written consent to electronic service (docs/domain.md, "Service of a decision")
alter table mediation_party add column e_service_consent boolean not null default false;
