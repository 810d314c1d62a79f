-- the subject states its own case through the one-time link of its notice (docs/domain.md, "the notice and the
-- objection window"): only the SHA-256 of the link's token is kept; who filed a statement, the subject or an officer
alter table listing add column statement_token_hash varchar(64);
create unique index listing_statement_token on listing (statement_token_hash) where statement_token_hash is not null;
alter table listing add column objection_filed_by varchar(20);
