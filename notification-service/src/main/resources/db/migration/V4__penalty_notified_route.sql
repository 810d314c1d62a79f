-- the notice of an intended penalty and the party's periods to state its case and ask for a hearing: the respondents are told
insert into route (event_name, recipients) values ('case.penalty-notified', 'RESPONDENTS');
