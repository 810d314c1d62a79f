-- the court's periods on a joint application for judicial confirmation: the court of the region and the mediator are told
insert into route (event_name, recipients) values
    ('mediation.court-deadline-approaching', 'MEDIATOR,COURT'),
    ('mediation.court-deadline-overdue',     'MEDIATOR,COURT');
