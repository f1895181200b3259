-- A revision that changes with every change to an event or its programme. Instances keep events in memory for
-- the registration rush; the registration statement checks the revision it was decided on, so an organiser's
-- change made on one instance is honoured by the very next registration on any other (no message between
-- instances is needed, and a lost one cannot leave a stale rule behind).
alter table event add column revision bigint not null default 0;

create function event_revision_bump() returns trigger language plpgsql as $$
begin
    new.revision := old.revision + 1;
    return new;
end;
$$;

create trigger event_revised
    before update on event
    for each row execute function event_revision_bump();

create function event_revision_from_session() returns trigger language plpgsql as $$
begin
    update event set revision = revision + 1
     where id = case when tg_op = 'DELETE' then old.event_id else new.event_id end;
    return null;
end;
$$;

-- once per statement would miss which event; sessions change a few at a time, from the edit form
create trigger event_session_revised
    after insert or update or delete on event_session
    for each row execute function event_revision_from_session();
