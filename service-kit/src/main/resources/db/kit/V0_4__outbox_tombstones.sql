-- an outbox event without a payload is a tombstone: its key leaves a compacted topic (a subject off the blacklist)
alter table outbox_event alter column payload drop not null;
