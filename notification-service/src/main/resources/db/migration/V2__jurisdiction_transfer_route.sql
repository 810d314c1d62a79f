-- a case handed over to another region's authority (移送管辖): that region's heads are told
insert into route (event_name, recipients) values ('case.jurisdiction-transferred', 'HEAD');
