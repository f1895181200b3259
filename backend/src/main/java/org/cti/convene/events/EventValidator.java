package org.cti.convene.events;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cti.convene.common.FieldViolation;
import org.cti.convene.common.InputValidator;
import org.springframework.stereotype.Component;

/** Bean Validation on the request plus the rules that span fields, reported together. */
@Component
class EventValidator {

    private final InputValidator input;

    EventValidator(InputValidator input) {
        this.input = input;
    }

    void check(EventRequest r) {
        List<FieldViolation> v = new ArrayList<>(input.violations(r));
        texts(v, "title", r.title(), true);
        texts(v, "description", r.description(), false);
        OffsetDateTime start = r.startsAt();
        OffsetDateTime end = r.endsAt();
        if (start != null && end != null && !end.isAfter(start)) {
            v.add(FieldViolation.of("endsAt", "after-start", "must be after startsAt"));
        }
        OffsetDateTime opens = r.registrationOpensAt();
        OffsetDateTime closes = r.registrationClosesAt();
        if (closes != null && end != null && closes.isAfter(end)) {
            v.add(FieldViolation.of("registrationClosesAt", "before-event-end", "must be before the event ends"));
        }
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            v.add(FieldViolation.of(
                    "registrationOpensAt", "before-registration-closes", "must be before registrationClosesAt"));
        }
        List<EventRequest.SessionRequest> sessions = r.sessionsOrEmpty();
        for (int i = 0; i < sessions.size(); i++) {
            EventRequest.SessionRequest s = sessions.get(i);
            if (s == null) {
                continue;
            }
            String at = "sessions[" + i + "]";
            texts(v, at + ".title", s.title(), true);
            if (s.startsAt() != null && s.endsAt() != null && !s.endsAt().isAfter(s.startsAt())) {
                v.add(FieldViolation.of(at + ".endsAt", "after-start", "must be after startsAt"));
            }
            if (start != null && s.startsAt() != null && s.startsAt().isBefore(start)) {
                v.add(FieldViolation.of(at + ".startsAt", "within-event", "must not be before the event starts"));
            }
            if (end != null && s.endsAt() != null && s.endsAt().isAfter(end)) {
                v.add(FieldViolation.of(at + ".endsAt", "within-event", "must not be after the event ends"));
            }
            if (s.capacity() != null && r.capacity() != null && s.capacity() > r.capacity()) {
                v.add(FieldViolation.of(
                        at + ".capacity", "within-event-capacity", "must not exceed the event's capacity"));
            }
        }
        InputValidator.refuseIfAny(v.stream().distinct().toList());
    }

    private static void texts(
            List<FieldViolation> v, String field, Map<String, String> texts, boolean englishRequired) {
        if (texts == null) {
            return;
        }
        if (englishRequired && (texts.get("en") == null || texts.get("en").isBlank())) {
            v.add(FieldViolation.of(field + ".en", "NotBlank", "an English title is required"));
        }
        for (String language : texts.keySet()) {
            if (language == null || !language.matches("[a-z]{2}")) {
                v.add(FieldViolation.of(
                        field, "language-keys", "languages must be two-letter codes such as en, fr, es, ar"));
                break;
            }
        }
    }
}
