-- the objection window runs from the service of the notice (docs/domain.md, "the notice and the objection window"):
-- until then a proposal has no objection_due. Proposals made before keep the window counted from their proposal.
alter table listing add column notice_served_on date;
alter table listing add column notice_served_by varchar(20);
alter table listing add column announced_on date;
alter table listing add column announcement varchar(500);
alter table listing add column notice_undeliverable_on date;
alter table listing add column notice_undeliverable_reason varchar(500);
alter table listing alter column objection_due drop not null;
