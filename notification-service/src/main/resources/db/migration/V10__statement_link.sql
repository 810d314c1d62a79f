-- the notice of a listing proposal carries a one-time link for the subject's own statement: only its token's SHA-256 is
-- kept (and reported to credit-service with the delivery); the sent body keeps the link without its token
alter table message add column statement_token_hash varchar(64);
