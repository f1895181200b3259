-- Console and admin-API users. Passwords are stored only as DelegatingPasswordEncoder hashes.
create table staff_account (
    id              uuid        primary key,
    email           text        not null,
    display_name    text        not null,
    password_hash   text        not null,
    role            text        not null,
    all_events      boolean     not null default true,
    enabled         boolean     not null default true,
    created_at      timestamptz not null default now(),
    constraint staff_account_role_known check (role in ('ADMIN', 'ORGANISER', 'CHECKIN')),
    constraint staff_account_email_format check (email = lower(email) and position('@' in email) > 1)
);

create unique index staff_account_email_unique on staff_account (email);

-- An organiser or check-in account limited to some events (all_events = false) sees only these.
create table staff_event_scope (
    account_id  uuid not null references staff_account (id) on delete cascade,
    event_id    uuid not null references event (id) on delete cascade,
    primary key (account_id, event_id)
);
