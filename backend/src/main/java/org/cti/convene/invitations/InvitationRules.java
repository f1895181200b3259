package org.cti.convene.invitations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.cti.convene.common.ConflictException;
import org.cti.convene.common.CountryCode;
import org.cti.convene.common.FieldViolation;
import org.cti.convene.common.InputValidator;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.common.Language;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventStatus;
import org.springframework.stereotype.Component;

/**
 * What makes a batch of invitations acceptable, checked in full before anything is written: every
 * problem of every invitee is reported at once, under the invitee's path ({@code invitations[2].email})
 * or the file's row ({@code rows[4].email}).
 */
@Component
class InvitationRules {

    static final int MAX_BATCH = 500;
    static final int MAX_REMINDER_OFFSETS = 5;
    static final int MAX_REMINDER_HOURS = 24 * 365;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** Invitations can only be sent for a published event that is neither cancelled nor over. */
    void checkEvent(Event event, Instant now) {
        if (event.status() == EventStatus.CANCELLED) {
            throw new ConflictException("event-cancelled", "This event has been cancelled; nobody can be invited.");
        }
        if (event.status() != EventStatus.PUBLISHED) {
            throw new ConflictException(
                    "event-not-published",
                    "Publish the event before inviting: invitations reserve its seats and link to its page.");
        }
        if (event.isOver(now)) {
            throw new ConflictException("event-over", "This event is over; nobody can be invited any more.");
        }
    }

    /** The batch as invitations ready to insert (status SENT, token version 1), or a 400 listing every problem. */
    List<Invitation> toInvitations(Event event, InvitationBatch batch, IntFunction<String> prefix, Instant now) {
        List<FieldViolation> v = new ArrayList<>();
        if (batch == null) {
            throw new InvalidInputException("body", "json-object", "must be a JSON object");
        }
        checkDeadline(
                event, batch.expiresAt() == null ? null : batch.expiresAt().toInstant(), now, "expiresAt", v);
        List<Integer> defaultReminders =
                reminders(batch.reminderOffsetsHours(), InvitationBatch.DEFAULT_REMINDERS, "reminderOffsetsHours", v);
        List<InvitationBatch.Invitee> invitees = batch.invitations();
        if (invitees == null || invitees.isEmpty()) {
            v.add(FieldViolation.of("invitations", "NotEmpty", "must list at least one invitation"));
        } else if (invitees.size() > MAX_BATCH) {
            v.add(FieldViolation.of(
                    "invitations",
                    "Size",
                    "must list at most " + MAX_BATCH + " invitations; send several batches",
                    MAX_BATCH,
                    1));
        }
        InputValidator.refuseIfAny(v);

        boolean skipApproval = batch.skipApproval() == null || batch.skipApproval();
        Map<String, String> seenEmails = new HashMap<>();
        List<Invitation> out = new ArrayList<>();
        for (int i = 0; i < invitees.size(); i++) {
            String p = prefix.apply(i);
            InvitationBatch.Invitee in = invitees.get(i);
            if (in == null) {
                v.add(FieldViolation.of(
                        p.isEmpty() ? "invitation" : p.substring(0, p.length() - 1), "NotNull", "is empty"));
                continue;
            }
            InvitationType type = type(in.type(), p, v);
            String name = trimmed(in.name());
            if (name == null) {
                v.add(FieldViolation.of(p + "name", "NotBlank", "is required"));
            } else if (name.length() > 200) {
                v.add(FieldViolation.of(p + "name", "Size", "must be at most 200 characters", 200, 0));
            }
            String email =
                    trimmed(in.email()) == null ? null : in.email().strip().toLowerCase(Locale.ROOT);
            if (email == null) {
                v.add(FieldViolation.of(p + "email", "NotBlank", "is required"));
            } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                v.add(FieldViolation.of(p + "email", "Email", "must be an e-mail address"));
            } else if (seenEmails.containsKey(email)) {
                v.add(FieldViolation.of(
                        p + "email",
                        "invited-twice",
                        "is invited twice in this request (also at " + seenEmails.get(email) + ")"));
            } else {
                seenEmails.put(email, p.isEmpty() ? "the same request" : p.substring(0, p.length() - 1));
            }
            String language = trimmed(in.language()) == null
                    ? null
                    : in.language().strip().toLowerCase(Locale.ROOT);
            if (!Language.isCode(language)) {
                v.add(FieldViolation.of(p + "language", "LanguageCode", "must be one of " + Language.listed()));
            }
            String country = trimmed(in.countryCode()) == null
                    ? null
                    : in.countryCode().strip().toUpperCase(Locale.ROOT);
            if (country != null && !CountryCode.CODES.contains(country)) {
                v.add(FieldViolation.of(
                        p + "countryCode", "CountryCode", "must be an ISO 3166-1 alpha-2 country code such as GH"));
            }
            int seats = 1;
            if (type == InvitationType.DELEGATION) {
                if (country == null) {
                    v.add(FieldViolation.of(
                            p + "countryCode", "NotBlank", "is required for a delegation: the State it represents"));
                }
                if (in.seats() == null) {
                    v.add(FieldViolation.of(p + "seats", "NotNull", "is required for a delegation"));
                } else if (in.seats() < 1) {
                    v.add(FieldViolation.of(p + "seats", "Min", "must be at least 1", 1));
                } else if (in.seats() > event.capacity()) {
                    v.add(FieldViolation.of(
                            p + "seats",
                            "within-event-capacity",
                            "must be at most the event's capacity, " + event.capacity(),
                            event.capacity()));
                } else {
                    seats = in.seats();
                }
            } else if (type == InvitationType.PERSON && in.seats() != null && in.seats() != 1) {
                v.add(FieldViolation.of(
                        p + "seats", "person-seats", "must be 1 or absent for a person; invite a DELEGATION for more"));
            }
            List<Integer> reminders = in.reminderOffsetsHours() == null
                    ? defaultReminders
                    : reminders(in.reminderOffsetsHours(), defaultReminders, p + "reminderOffsetsHours", v);
            if (type != null && name != null && email != null && language != null) {
                out.add(new Invitation(
                        UUID.randomUUID(),
                        event.id(),
                        type,
                        InvitationStatus.SENT,
                        name,
                        email,
                        language,
                        country,
                        seats,
                        0,
                        skipApproval,
                        batch.expiresAt().toInstant(),
                        reminders,
                        null,
                        1,
                        now,
                        null,
                        null,
                        null,
                        null,
                        now,
                        1));
            }
        }
        InputValidator.refuseIfAny(v);
        return out;
    }

    /** A deadline must lie ahead and no later than the end of the event. */
    void checkDeadline(Event event, Instant expiresAt, Instant now, String field, List<FieldViolation> v) {
        if (expiresAt == null) {
            v.add(FieldViolation.of(field, "NotNull", "is required: the date and time by which to answer"));
        } else if (!expiresAt.isAfter(now)) {
            v.add(FieldViolation.of(field, "Future", "must be in the future"));
        } else if (expiresAt.isAfter(event.endsAt())) {
            v.add(FieldViolation.of(
                    field,
                    "before-event-end",
                    "must be no later than the end of the event, "
                            + event.endsAt().atZone(event.venue().zone()).toOffsetDateTime()));
        }
    }

    private static InvitationType type(String raw, String p, List<FieldViolation> v) {
        String t = trimmed(raw);
        if (t != null) {
            try {
                return InvitationType.valueOf(t.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ignored) {
                // reported below
            }
        }
        v.add(FieldViolation.of(p + "type", "invitation-type", "must be PERSON or DELEGATION"));
        return null;
    }

    /** Distinct offsets, largest first; {@code fallback} when absent. */
    static List<Integer> reminders(
            List<Integer> offsets, List<Integer> fallback, String field, List<FieldViolation> v) {
        if (offsets == null) {
            return fallback;
        }
        if (offsets.size() > MAX_REMINDER_OFFSETS) {
            v.add(FieldViolation.of(
                    field,
                    "Size",
                    "must list at most " + MAX_REMINDER_OFFSETS + " reminders",
                    MAX_REMINDER_OFFSETS,
                    0));
            return fallback;
        }
        for (Integer h : offsets) {
            if (h == null || h < 1 || h > MAX_REMINDER_HOURS) {
                v.add(FieldViolation.of(
                        field,
                        "reminder-hours",
                        "must be hours before the deadline, between 1 and " + MAX_REMINDER_HOURS,
                        MAX_REMINDER_HOURS));
                return fallback;
            }
        }
        return offsets.stream()
                .distinct()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
