-- Staff run Convene themselves: invited colleagues choose their own password (so an invited account has
-- none yet), sessions live in the database so that every instance knows them, and tools call the admin
-- API with personal tokens. Only hashes of links, sessions and tokens are stored.
alter table staff_account
    alter column password_hash drop not null,
    add column language        text        not null default 'en',
    add column invited_at      timestamptz,
    add column updated_at      timestamptz not null default now(),
    add column last_sign_in_at timestamptz,
    add constraint staff_account_language_known check (language in ('en', 'fr', 'es', 'ar', 'ru', 'zh')),
    add constraint staff_account_name_length check (char_length(display_name) between 1 and 200),
    add constraint staff_account_email_length check (char_length(email) <= 254),
    -- an administrator always sees every event: a scope on one would be a promise the code does not keep
    add constraint staff_account_admin_unscoped check (role <> 'ADMIN' or all_events);

-- Single-use links: an invitation (choose a first password) or a password reset. The mailed token is an
-- HMAC of the id under the server secret; the row only says whether and until when it may be used.
create table staff_link (
    id          uuid        primary key,
    account_id  uuid        not null references staff_account (id) on delete cascade,
    purpose     text        not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    constraint staff_link_purpose_known check (purpose in ('INVITATION', 'PASSWORD_RESET')),
    constraint staff_link_expires_after_creation check (expires_at > created_at),
    constraint staff_link_used_in_time check (used_at is null or used_at <= expires_at)
);

-- At most one usable link per account and purpose: sending a new one replaces the old.
create unique index staff_link_one_open on staff_link (account_id, purpose) where used_at is null;

-- Console sessions, shared by every instance. The cookie holds a random token; the row holds its SHA-256.
create table staff_session (
    token_hash    bytea       primary key,
    account_id    uuid        not null references staff_account (id) on delete cascade,
    created_at    timestamptz not null,
    last_seen_at  timestamptz not null,
    expires_at    timestamptz not null,
    address       text,
    constraint staff_session_hash_length check (octet_length(token_hash) = 32),
    constraint staff_session_expires_after_creation check (expires_at > created_at)
);

create index staff_session_by_account on staff_session (account_id);
create index staff_session_by_expiry on staff_session (expires_at);

-- Personal API tokens: the account's role and scope, a name, an expiry; shown once, stored as SHA-256.
create table staff_api_token (
    id            uuid        primary key,
    account_id    uuid        not null references staff_account (id) on delete cascade,
    name          text        not null,
    token_hash    bytea       not null,
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    constraint staff_api_token_hash_unique unique (token_hash),
    constraint staff_api_token_hash_length check (octet_length(token_hash) = 32),
    constraint staff_api_token_name_length check (char_length(name) between 1 and 100),
    constraint staff_api_token_expires_after_creation check (expires_at > created_at),
    -- at most a year: a forgotten token in a script must die by itself
    constraint staff_api_token_at_most_a_year check (expires_at <= created_at + interval '366 days')
);

create index staff_api_token_by_account on staff_api_token (account_id, created_at desc);
