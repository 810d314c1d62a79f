-- the formal demand to perform (催告) after a decision's payment period: the respondents are told
insert into route (event_name, recipients) values ('case.performance-demanded', 'RESPONDENTS');
