-- Registrations, the seats they hold, delegations and session sign-ups.

create table delegation (
    id                  uuid        primary key,
    event_id            uuid        not null references event (id),
    country_code        char(2)     not null,
    head_name           text        not null,
    head_email          text        not null,
    head_language       text        not null,
    manage_token_hash   bytea       not null,
    token_version       integer     not null default 1,
    created_at          timestamptz not null default now(),
    constraint delegation_country_format check (country_code ~ '^[A-Z]{2}$'),
    constraint delegation_token_unique unique (manage_token_hash)
);

create index delegation_by_event on delegation (event_id);

create table registration (
    id                  uuid        primary key,
    event_id            uuid        not null references event (id),
    -- arrival order: the waiting list is served by it
    arrival             bigint      generated always as identity,
    status              text        not null,
    honorific           text,
    given_name          text        not null,
    family_name         text        not null,
    badge_name          text        not null,
    function_title      text,
    organisation        text,
    country_code        char(2)     not null,
    email               text        not null,
    phone               text,
    language            text        not null,
    role                text        not null,
    dietary             text,
    accessibility       text,
    visa_letter         boolean     not null default false,
    consent_at          timestamptz not null,
    consent_version     text        not null,
    manage_token_hash   bytea       not null,
    token_version       integer     not null default 1,
    badge_version       integer     not null default 1,
    delegation_id       uuid        references delegation (id),
    invitation_id       uuid,
    substituted_by      uuid        references registration (id),
    search_text         text        not null,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    status_changed_at   timestamptz not null default now(),
    constraint registration_status_known check (
        status in ('PENDING_APPROVAL', 'CONFIRMED', 'WAITLISTED', 'DECLINED', 'CANCELLED')),
    constraint registration_role_known check (role in ('DELEGATE', 'SPEAKER', 'EXPERT', 'ORGANISER', 'PRESS')),
    constraint registration_country_format check (country_code ~ '^[A-Z]{2}$'),
    constraint registration_email_lower check (email = lower(email)),
    constraint registration_names_present check (length(given_name) > 0 and length(family_name) > 0
        and length(badge_name) > 0),
    constraint registration_token_unique unique (manage_token_hash)
);

-- One live registration per e-mail per event; someone who cancelled may register again.
create unique index registration_one_per_email on registration (event_id, email)
    where status in ('PENDING_APPROVAL', 'CONFIRMED', 'WAITLISTED');
create index registration_waitlist on registration (event_id, arrival) where status = 'WAITLISTED';
create index registration_by_event on registration (event_id, status, country_code);
create index registration_by_delegation on registration (delegation_id) where delegation_id is not null;

-- Seats as rows: a registration takes one with FOR UPDATE SKIP LOCKED, so concurrent registrations
-- take different rows instead of queueing on one counter (docs/adr/0002-seats-as-rows.md).
create table seat (
    event_id            uuid        not null references event (id),
    seat_no             integer     not null,
    registration_id     uuid        references registration (id),
    reserved_for        uuid,
    primary key (event_id, seat_no),
    constraint seat_no_positive check (seat_no >= 1)
);

create unique index seat_one_per_registration on seat (registration_id) where registration_id is not null;
create index seat_free on seat (event_id, seat_no) where registration_id is null;

create table session_signup (
    session_id          uuid        not null references event_session (id) on delete cascade,
    registration_id     uuid        not null references registration (id),
    created_at          timestamptz not null default now(),
    primary key (session_id, registration_id)
);

create index session_signup_by_registration on session_signup (registration_id);
