package org.cti.convene.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cti.convene.common.ConflictException;
import org.cti.convene.common.FieldViolation;
import org.cti.convene.common.ForbiddenException;
import org.cti.convene.common.InputValidator;
import org.cti.convene.events.AccessMode;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventSession;
import org.cti.convene.events.EventStatus;
import org.springframework.stereotype.Component;

/** Who may register for what, and when; each refusal says why in words a delegate understands. */
@Component
class RegistrationRules {

    private final InputValidator validator;

    RegistrationRules(InputValidator validator) {
        this.validator = validator;
    }

    /**
     * The fields of a person registering themself (publicly, as a head of delegation, through an invitation or a
     * substitution), reported under {@code prefix}; such a person is a delegate, whatever role they send.
     */
    void checkInput(Event event, RegistrationRequest request, String prefix) {
        List<FieldViolation> violations = new ArrayList<>();
        for (FieldViolation v : validator.violations(request)) {
            violations.add(v.under(prefix));
        }
        if (request.role() != null
                && !request.role().isBlank()
                && !request.role().equals(ParticipantRole.DELEGATE.name())
                && violations.stream().noneMatch(v -> v.field().equals(prefix + "role"))) {
            // the other roles are printed on badges and shown at the door, so only organisers give them
            // (RoleAssignments); a bad value is already reported by its Pattern
            violations.add(FieldViolation.of(
                    prefix + "role", "role-not-offered", "must be DELEGATE; organisers assign the other roles"));
        }
        Set<UUID> known = event.sessions().stream().map(EventSession::id).collect(Collectors.toSet());
        List<UUID> chosen = request.sessionsOrEmpty();
        for (int i = 0; i < chosen.size(); i++) {
            if (!known.contains(chosen.get(i))) {
                violations.add(FieldViolation.of(
                        prefix + "sessionIds[" + i + "]", "unknown-session", "is not a session of this event"));
            }
        }
        InputValidator.refuseIfAny(violations);
    }

    /**
     * What is wrong with a registration its delegate changed: it must still be one the public form would take,
     * with the same limits, formats and languages, reported on the same fields.
     */
    List<FieldViolation> violationsOf(Registration changed) {
        RegistrationRequest asRequest = new RegistrationRequest(
                changed.honorific(),
                changed.givenName(),
                changed.familyName(),
                changed.badgeName(),
                changed.function(),
                changed.organisation(),
                changed.countryCode(),
                changed.email(),
                changed.phone(),
                changed.language(),
                changed.role().name(),
                changed.dietary(),
                changed.accessibility(),
                changed.visaLetter(),
                true,
                changed.sessionIds());
        return validator.violations(asRequest);
    }

    void checkOpen(Event event, Admission admission, Instant now) {
        if (event.status() == EventStatus.CANCELLED) {
            throw new ConflictException("event-cancelled", "This event has been cancelled.");
        }
        if (event.status() != EventStatus.PUBLISHED) {
            throw new org.cti.convene.common.NotFoundException("No published event with id " + event.id() + ".");
        }
        if (event.isOver(now)) {
            throw new ConflictException("event-over", "This event is over.");
        }
        if (admission.invited()) {
            return; // invitations are exempt from the public registration window
        }
        if (event.access() == AccessMode.INVITATION_ONLY) {
            throw new ForbiddenException(
                    "invitation-only",
                    "This event is by invitation only. To ask for an invitation, write to "
                            + (event.contactEmail() == null ? "the secretariat" : event.contactEmail()) + ".");
        }
        if (event.registrationOpensAt() != null && now.isBefore(event.registrationOpensAt())) {
            throw new ConflictException(
                    "registration-not-open",
                    "Registration for this event opens at " + event.registrationOpensAt() + ".");
        }
        if (!event.registrationOpenAt(now)) {
            throw new ConflictException("registration-closed", "Registration for this event is closed.");
        }
    }
}
