-- a closing due date counted over a year whose holiday arrangement is not yet published may still move
alter table ip_case add column closing_due_provisional boolean not null default false;
