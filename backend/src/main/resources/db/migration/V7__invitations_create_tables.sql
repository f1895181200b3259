-- Invitations to one person or to a State delegation with N seats, and the reminders sent for them.
-- A delegation's seats are reserved in registration's seat table (seat.reserved_for = invitation.id)
-- through its SeatReservations facade; this feature never writes that table itself.

create table invitation (
    id                      uuid        primary key,
    event_id                uuid        not null references event (id),
    type                    text        not null,
    name                    text        not null,
    email                   text        not null,
    language                text        not null,
    country_code            char(2),
    seats                   integer     not null,
    -- live registrations made through the invitation; counted with the invitation row locked
    seats_used              integer     not null default 0,
    skip_approval           boolean     not null default true,
    -- EXPIRED is not stored: SENT or OPENED with expires_at in the past reads as EXPIRED, so extending the
    -- deadline revives an invitation without a job having flipped it.
    status                  text        not null default 'SENT',
    token_hash              bytea       not null,
    token_version           integer     not null default 1,
    expires_at              timestamptz not null,
    reminder_offsets_hours  integer[]   not null default '{48}',
    decline_reason          text,
    times_sent              integer     not null default 1,
    sent_at                 timestamptz not null,
    opened_at               timestamptz,
    answered_at             timestamptz,
    revoked_at              timestamptz,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    constraint invitation_type_known check (type in ('PERSON', 'DELEGATION')),
    constraint invitation_status_known check (status in ('SENT', 'OPENED', 'ACCEPTED', 'DECLINED', 'REVOKED')),
    constraint invitation_seats_positive check (seats >= 1),
    constraint invitation_person_one_seat check (type = 'DELEGATION' or seats = 1),
    constraint invitation_seats_used_within check (seats_used >= 0 and seats_used <= seats),
    constraint invitation_delegation_country check (type = 'PERSON' or country_code is not null),
    constraint invitation_country_format check (country_code ~ '^[A-Z]{2}$'),
    constraint invitation_email_lower check (email = lower(email)),
    constraint invitation_language_known check (language in ('en', 'fr', 'es', 'ar')),
    constraint invitation_name_present check (length(name) > 0),
    constraint invitation_reminder_offsets check (
        cardinality(reminder_offsets_hours) <= 5 and 0 < all (reminder_offsets_hours)),
    constraint invitation_times_sent_positive check (times_sent >= 1),
    constraint invitation_token_unique unique (token_hash)
);

-- One open invitation per address and event: importing the same file twice cannot reserve seats twice.
create unique index invitation_one_open_per_email on invitation (event_id, email)
    where status in ('SENT', 'OPENED', 'ACCEPTED');
create index invitation_by_event on invitation (event_id, status, country_code);
create index invitation_awaiting_answer on invitation (expires_at) where status in ('SENT', 'OPENED');

-- One row per reminder sent: the primary key makes each reminder happen once, however many instances
-- run the job. The deadline is part of the key, so extending an invitation makes its reminders due again.
create table invitation_reminder (
    invitation_id           uuid        not null references invitation (id),
    offset_hours            integer     not null,
    expires_at              timestamptz not null,
    created_at              timestamptz not null default now(),
    primary key (invitation_id, offset_hours, expires_at)
);
