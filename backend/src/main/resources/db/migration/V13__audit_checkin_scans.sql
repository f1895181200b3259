-- Every door scan is already a row of scan_log, written by the scan's single statement. Copying it into the
-- audit trail from a trigger keeps the scan at one round trip and puts admissions and refusals beside every
-- other staff action (the audit API, its filters and its CSV). The person is named by registration id only.
create function audit_entry_from_scan() returns trigger language plpgsql as $$
begin
    insert into audit_entry (at, actor_type, actor_id, actor_label, action, object_type, object_id, event_id,
                             changes)
    values (new.scanned_at, 'STAFF', new.scanned_by_id, new.scanned_by,
            case new.result
                when 'ADMITTED' then 'checkin.admitted'
                when 'ALREADY_CHECKED_IN' then 'checkin.repeated'
                else 'checkin.refused'
            end,
            'registration', new.registration_id::text, new.event_id,
            jsonb_strip_nulls(jsonb_build_object('result', new.result, 'reason', new.reason,
                                                 'session', new.session_id)));
    return null;
end;
$$;

create trigger scan_log_audited
    after insert on scan_log
    for each row execute function audit_entry_from_scan();
