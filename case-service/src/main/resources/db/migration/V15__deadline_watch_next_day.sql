-- The deadline watch reads only the open cases that have something to do by today. next_watch_on is the first day on
-- which a clock of the case has a notice to send or a step to take, given the notices already sent (null: not worked
-- out yet). The watch writes it; any change of the case moves its version, and this trigger then clears the day, so the
-- next scan works it out anew from the changed case.
alter table ip_case add column next_watch_on date;
create index ip_case_next_watch on ip_case (next_watch_on);

create function ip_case_watch_anew() returns trigger language plpgsql as $$
begin
  if new.version <> old.version then
    new.next_watch_on := null;
  end if;
  return new;
end $$;

create trigger ip_case_watch_anew before update on ip_case for each row execute function ip_case_watch_anew();
