-- Every time an organiser or an API client chooses lies in [2000-01-01, 2201-01-01) UTC: event and session
-- times, the registration window and invitation deadlines. The application refuses anything else with a 400
-- naming the field (PlausibleTime); these constraints are the last defence. Before them, '-infinity' or a year
-- such as 999999999 could be stored, and every page listing that event answered 500.
--
-- Rows that slipped in before are repaired first, so that the constraints can be added: an impossible time is
-- clamped into the range (or cleared when the column is optional) and the event's calendar sequence raised,
-- so that subscribed calendars take the change. Organisers then correct the dates as usual; nothing is deleted
-- but the record of reminders sent for an impossible deadline.

create function pg_temp.plausible(t timestamptz) returns boolean language sql immutable as $$
    select t >= timestamptz '2000-01-01 00:00:00+00' and t < timestamptz '2201-01-01 00:00:00+00'
$$;

create function pg_temp.clamped(t timestamptz) returns timestamptz language sql immutable as $$
    select least(greatest(t, timestamptz '2000-01-01 00:00:00+00'), timestamptz '2200-12-31 00:00:00+00')
$$;

-- One statement per table: the existing checks (ends after starts, registration closes before the end and
-- opens before it closes) hold row by row, so every value of a row is computed together.
update event e
   set starts_at = fixed.starts_at,
       ends_at = fixed.ends_at,
       registration_opens_at = case
           when fixed.closes_at is null or fixed.opens_at < fixed.closes_at then fixed.opens_at
       end,
       registration_closes_at = fixed.closes_at,
       sequence = e.sequence + 1,
       updated_at = now()
  from (select id, starts_at, ends_at, opens_at,
               case when closes_at <= ends_at then closes_at end as closes_at
          from (select id,
                       pg_temp.clamped(starts_at) as starts_at,
                       case when pg_temp.clamped(ends_at) > pg_temp.clamped(starts_at) then pg_temp.clamped(ends_at)
                            else pg_temp.clamped(starts_at) + interval '1 hour' end as ends_at,
                       case when pg_temp.plausible(registration_opens_at) then registration_opens_at end as opens_at,
                       case when pg_temp.plausible(registration_closes_at) then registration_closes_at end as closes_at
                  from event
                 where not pg_temp.plausible(starts_at)
                    or not pg_temp.plausible(ends_at)
                    or not coalesce(pg_temp.plausible(registration_opens_at), true)
                    or not coalesce(pg_temp.plausible(registration_closes_at), true)) clamped) fixed
 where e.id = fixed.id;

-- An impossible session time takes the event's (now plausible) start or end.
update event_session s
   set starts_at = fixed.starts_at,
       ends_at = case when fixed.ends_at > fixed.starts_at then fixed.ends_at
                      else fixed.starts_at + interval '1 hour' end
  from (select s2.id,
               case when pg_temp.plausible(s2.starts_at) then s2.starts_at else e.starts_at end as starts_at,
               case when pg_temp.plausible(s2.ends_at) then s2.ends_at else e.ends_at end as ends_at
          from event_session s2
          join event e on e.id = s2.event_id
         where not pg_temp.plausible(s2.starts_at) or not pg_temp.plausible(s2.ends_at)) fixed
 where s.id = fixed.id;

-- An impossible deadline becomes the end of the event, the latest one an organiser may set.
update invitation i
   set expires_at = e.ends_at,
       updated_at = now()
  from event e
 where e.id = i.event_id
   and not pg_temp.plausible(i.expires_at);

delete from invitation_reminder where not pg_temp.plausible(expires_at);

alter table event
    add constraint event_starts_at_plausible check (
        starts_at >= timestamptz '2000-01-01 00:00:00+00' and starts_at < timestamptz '2201-01-01 00:00:00+00'),
    add constraint event_ends_at_plausible check (
        ends_at >= timestamptz '2000-01-01 00:00:00+00' and ends_at < timestamptz '2201-01-01 00:00:00+00'),
    add constraint event_registration_opens_at_plausible check (
        registration_opens_at >= timestamptz '2000-01-01 00:00:00+00'
        and registration_opens_at < timestamptz '2201-01-01 00:00:00+00'),
    add constraint event_registration_closes_at_plausible check (
        registration_closes_at >= timestamptz '2000-01-01 00:00:00+00'
        and registration_closes_at < timestamptz '2201-01-01 00:00:00+00');

alter table event_session
    add constraint event_session_starts_at_plausible check (
        starts_at >= timestamptz '2000-01-01 00:00:00+00' and starts_at < timestamptz '2201-01-01 00:00:00+00'),
    add constraint event_session_ends_at_plausible check (
        ends_at >= timestamptz '2000-01-01 00:00:00+00' and ends_at < timestamptz '2201-01-01 00:00:00+00');

alter table invitation
    add constraint invitation_expires_at_plausible check (
        expires_at >= timestamptz '2000-01-01 00:00:00+00' and expires_at < timestamptz '2201-01-01 00:00:00+00');

alter table invitation_reminder
    add constraint invitation_reminder_expires_at_plausible check (
        expires_at >= timestamptz '2000-01-01 00:00:00+00' and expires_at < timestamptz '2201-01-01 00:00:00+00');
