-- Idempotency-Key of public POSTs: a repeat with the same key and body gets the first result.
create table idempotency_key (
    scope           text        not null,
    key             text        not null,
    request_hash    bytea       not null,
    response        jsonb,
    created_at      timestamptz not null default now(),
    primary key (scope, key),
    constraint idempotency_key_length check (length(key) between 1 and 200)
);

create index idempotency_key_age on idempotency_key (created_at);
