-- The mail outbox: one row per mail, written in the transaction of the change that causes it. A row keeps
-- what the mail is made from (kind, ids and the model's facts), never the rendered HTML: the mail is
-- rendered, given its attachments and sent by a sender that claims due rows with FOR UPDATE SKIP LOCKED.
create table mail_outbox (
    id                  uuid        primary key,
    -- the fact that caused the mail, e.g. 'registration-confirmed:<registration>' or 'reminder:<registration>':
    -- the same fact published twice still yields one mail
    idempotency_key     text        not null,
    kind                text        not null,
    event_id            uuid,
    registration_id     uuid,
    recipient_email     text        not null,
    recipient_name      text        not null,
    language            text        not null,
    reply_to            text,
    -- the render input: MailModel's fields as they were when the fact happened (no private tokens)
    facts               jsonb       not null,
    status              text        not null default 'PENDING',
    attempts            integer     not null default 0,
    next_attempt_at     timestamptz not null,
    last_error          text,
    created_at          timestamptz not null,
    sent_at             timestamptz,
    message_id          text,
    -- a lease: the sender that claimed the row, and until when; a killed sender's rows come back after it
    claimed_by          text,
    claimed_until       timestamptz,
    -- set on copies made by an organiser's "resend"
    resent_from         uuid        references mail_outbox (id),
    constraint mail_outbox_idempotency_key_unique unique (idempotency_key),
    constraint mail_outbox_status_known check (status in ('PENDING', 'SENT', 'FAILED')),
    constraint mail_outbox_attempts_not_negative check (attempts >= 0),
    constraint mail_outbox_sent_has_time check (status <> 'SENT' or sent_at is not null)
);

-- What the senders poll: pending rows by due time.
create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'PENDING';
-- The organisers' mail log: newest first, optionally per event or recipient.
create index mail_outbox_by_time on mail_outbox (created_at desc);
create index mail_outbox_by_event on mail_outbox (event_id, created_at desc);
create index mail_outbox_by_recipient on mail_outbox (recipient_email);
