-- Check-in: who was let in, and every scan at the door.
--
-- Registration, event and session ids are kept without foreign keys: these rows belong to the check-in feature,
-- and must not stop the registration feature from erasing or anonymising a person (the counts stay right).

-- A presence: once per registration for the event itself (session_id null) and once per session.
create table check_in (
    id                  uuid        primary key default gen_random_uuid(),
    event_id            uuid        not null,
    registration_id     uuid        not null,
    session_id          uuid,
    scanned_at          timestamptz not null,
    scanned_by_id       uuid        not null,
    scanned_by          text        not null
);

-- The guard against a second presence, however many doors scan the same badge at the same moment:
-- INSERT ... ON CONFLICT DO NOTHING lets exactly one of them through.
create unique index check_in_once on check_in (
    registration_id, coalesce(session_id, '00000000-0000-0000-0000-000000000000'::uuid));
create index check_in_by_event on check_in (event_id, session_id);

-- Every scan and what the door was told, refused ones included: the organiser's "last scans" and the trail
-- to answer "who let this person in, and who was turned away".
create table scan_log (
    id                  bigint      generated always as identity primary key,
    event_id            uuid,
    registration_id     uuid,
    session_id          uuid,
    result              text        not null,
    reason              text,
    scanned_at          timestamptz not null,
    scanned_by_id       uuid        not null,
    scanned_by          text        not null,
    constraint scan_log_result_known check (
        result in ('ADMITTED', 'ALREADY_CHECKED_IN', 'NOT_CONFIRMED', 'WRONG_EVENT', 'INVALID'))
);

create index scan_log_by_event on scan_log (event_id, id desc);
