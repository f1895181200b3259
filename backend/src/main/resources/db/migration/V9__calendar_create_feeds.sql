-- One private subscription feed per delegate e-mail; the token is stored only as a hash.
create table calendar_feed (
    email       text        primary key,
    token_hash  bytea       not null,
    created_at  timestamptz not null default now(),
    constraint calendar_feed_token_unique unique (token_hash),
    constraint calendar_feed_email_lower check (email = lower(email))
);
