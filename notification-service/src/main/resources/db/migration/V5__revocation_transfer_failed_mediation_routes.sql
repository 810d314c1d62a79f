-- the parties are told when a decision is revoked and when mediation fails; a complainant when its case goes to the police
insert into route (event_name, recipients) values
    ('case.decision-revoked',      'COMPLAINANTS,RESPONDENTS'),
    ('case.transferred-to-police', 'COMPLAINANTS'),
    ('mediation.failed',           'PARTIES');
