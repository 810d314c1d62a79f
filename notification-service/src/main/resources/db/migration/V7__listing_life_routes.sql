-- every step of a listing is told: the credit officers of the region review a statement and an application for repair;
-- the subject learns that a proposal ended without a listing and that its repair was refused
insert into route (event_name, recipients) values
    ('credit.objection-filed',  'CREDIT_OFFICERS'),
    ('credit.repair-applied',   'CREDIT_OFFICERS'),
    ('credit.proposal-closed',  'SUBJECT'),
    ('credit.repair-refused',   'SUBJECT');
