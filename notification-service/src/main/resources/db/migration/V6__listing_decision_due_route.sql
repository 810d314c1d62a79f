-- a listing proposal whose objection window passed without objection: the region's credit officers decide on it
insert into route (event_name, recipients) values ('credit.listing-decision-due', 'CREDIT_OFFICERS');
