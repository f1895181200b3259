-- The audit trail: who changed what, and who read personal data in bulk. Rows are only ever added: a
-- trigger refuses update and delete, whoever asks. People are named by id only, so that erasing a person
-- under the privacy rules needs no change here; values of personal data are never written.
create table audit_entry (
    id           bigint      generated always as identity primary key,
    at           timestamptz not null,
    actor_type   text        not null,
    -- the staff account or API token's id; the registration's id for a delegate via a private link
    actor_id     uuid,
    actor_label  text        not null,
    address      text,
    action       text        not null,
    object_type  text        not null,
    object_id    text,
    event_id     uuid,
    changes      jsonb       not null default '{}'::jsonb,
    constraint audit_entry_actor_known check (actor_type in ('STAFF', 'API_TOKEN', 'DELEGATE', 'SYSTEM', 'ANONYMOUS')),
    constraint audit_entry_action_format check (action ~ '^[a-z][a-z-]*(\.[a-z][a-z-]*)+$'),
    constraint audit_entry_changes_object check (jsonb_typeof(changes) = 'object')
);

create index audit_entry_by_time on audit_entry (at desc, id desc);
create index audit_entry_by_event on audit_entry (event_id, at desc) where event_id is not null;
create index audit_entry_by_actor on audit_entry (actor_id, at desc) where actor_id is not null;

create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries cannot be changed or deleted' using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
