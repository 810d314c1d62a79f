-- the trace of the event that planned a message, so that its delivery (possibly a retry much later) joins that trace
alter table message add column trace_parent varchar(100);
