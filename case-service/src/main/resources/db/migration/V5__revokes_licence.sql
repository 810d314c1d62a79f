-- a decision that revokes a licence (吊销许可证) is major: it passes legal review before it is issued
alter table ip_case add column revokes_licence boolean;
