-- compensation mediated beside a penalty: the parties are told; a mediator objected to: the parties and that mediator
insert into route (event_name, recipients) values
    ('case.compensation-referred-to-mediation', 'PARTIES'),
    ('mediation.mediator-objected-to',          'PARTIES,MEDIATOR');
