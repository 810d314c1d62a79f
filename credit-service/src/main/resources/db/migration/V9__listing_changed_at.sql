-- Credit checks answer from an index of the listings in force held by each replica (ActiveListingIndex). A replica
-- learns of another's changes by reading the rows changed since its last look; changed_at is the database's own
-- transaction time, so a row committed late (but within the transaction timeout) is still within the overlap it reads.
alter table listing add column changed_at timestamptz not null default now();
create index listing_changed_at on listing (changed_at);

create function listing_touch() returns trigger language plpgsql as $$
begin
    new.changed_at := now();
    return new;
end
$$;
create trigger listing_touch before insert or update on listing for each row execute function listing_touch();
