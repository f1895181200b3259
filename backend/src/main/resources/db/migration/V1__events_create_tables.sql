-- Events and their programme. Times are instants; the venue's IANA zone is kept to show them.
create table event (
    id                      uuid        primary key,
    slug                    text        not null,
    kind                    text        not null,
    status                  text        not null default 'DRAFT',
    title                   jsonb       not null,
    description             jsonb       not null default '{}'::jsonb,
    venue_name              text        not null,
    venue_city              text,
    venue_country           char(2)     not null,
    time_zone               text        not null,
    starts_at               timestamptz not null,
    ends_at                 timestamptz not null,
    registration_opens_at   timestamptz,
    registration_closes_at  timestamptz,
    capacity                integer     not null,
    access                  text        not null,
    approval_required       boolean     not null default false,
    waitlist                boolean     not null default true,
    contact_email           text,
    sequence                integer     not null default 0,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    constraint event_slug_unique unique (slug),
    constraint event_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    constraint event_kind_known check (kind in ('STUDY_VISIT', 'EXPERT_VISIT', 'REGIONAL_MEETING', 'HIGH_LEVEL_EVENT')),
    constraint event_status_known check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    constraint event_access_known check (access in ('PUBLIC', 'INVITATION_ONLY')),
    constraint event_title_has_english check (jsonb_typeof(title) = 'object' and title ? 'en'),
    constraint event_country_format check (venue_country ~ '^[A-Z]{2}$'),
    constraint event_ends_after_start check (ends_at > starts_at),
    constraint event_capacity_positive check (capacity >= 1),
    constraint event_registration_window check (
        registration_closes_at is null or registration_closes_at <= ends_at),
    constraint event_registration_opens_before_close check (
        registration_opens_at is null or registration_closes_at is null
        or registration_opens_at < registration_closes_at)
);

create index event_public_listing on event (starts_at) where status = 'PUBLISHED';

create table event_session (
    id          uuid        primary key,
    event_id    uuid        not null references event (id) on delete cascade,
    position    integer     not null,
    title       jsonb       not null,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    room        text,
    capacity    integer,
    constraint event_session_position_unique unique (event_id, position),
    constraint event_session_title_has_english check (jsonb_typeof(title) = 'object' and title ? 'en'),
    constraint event_session_ends_after_start check (ends_at > starts_at),
    constraint event_session_capacity_positive check (capacity is null or capacity >= 1)
);

create index event_session_by_event on event_session (event_id, starts_at);
