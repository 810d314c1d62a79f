-- the notice of a listing proposal could not reach its subject: the region's credit officers are told, for the authority
-- to announce it (公告) and an officer to record the announcement
insert into route (event_name, recipients) values ('credit.notice-undeliverable', 'CREDIT_OFFICERS');
