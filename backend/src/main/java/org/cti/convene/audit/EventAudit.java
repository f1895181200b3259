package org.cti.convene.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cti.convene.audit.AuditTrail.Fact;
import org.cti.convene.common.InTransactionListener;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventCancelled;
import org.cti.convene.events.EventChanged;
import org.cti.convene.events.EventCreated;
import org.cti.convene.events.EventPublished;
import org.cti.convene.invitations.Invitation;
import org.cti.convene.invitations.InvitationAccepted;
import org.cti.convene.invitations.InvitationDeclined;
import org.cti.convene.invitations.InvitationExtended;
import org.cti.convene.invitations.InvitationRevoked;
import org.cti.convene.invitations.InvitationSeatsReturned;
import org.cti.convene.invitations.InvitationSent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Events and invitations in the audit trail: what an organiser did, and what an invitee answered. */
@Configuration(proxyBeanMethods = false)
class EventAudit {

    @Bean
    InTransactionListener<EventCreated> auditEventCreated(AuditTrail trail) {
        return InTransactionListener.of(
                EventCreated.class,
                e -> trail.record(
                        fact(
                                "event.created",
                                e.event(),
                                Map.of(
                                        "status",
                                        e.event().status().name(),
                                        "capacity",
                                        e.event().capacity(),
                                        "access",
                                        e.event().access().name())),
                        null));
    }

    @Bean
    InTransactionListener<EventChanged> auditEventChanged(AuditTrail trail) {
        return InTransactionListener.of(
                EventChanged.class,
                e -> trail.record(
                        fact("event.updated", e.after(), differences(e.before(), e.after(), e.changes())), null));
    }

    @Bean
    InTransactionListener<EventPublished> auditEventPublished(AuditTrail trail) {
        return InTransactionListener.of(
                EventPublished.class,
                e -> trail.record(fact("event.published", e.event(), Map.of("status", "DRAFT → PUBLISHED")), null));
    }

    @Bean
    InTransactionListener<EventCancelled> auditEventCancelled(AuditTrail trail) {
        return InTransactionListener.of(
                EventCancelled.class,
                e -> trail.record(fact("event.cancelled", e.event(), Map.of("status", "→ CANCELLED")), null));
    }

    @Bean
    InTransactionListener<InvitationSent> auditInvitationSent(AuditTrail trail) {
        return InTransactionListener.of(
                InvitationSent.class,
                e -> trail.record(
                        invitation(
                                e.invitation().timesSent() > 1 ? "invitation.resent" : "invitation.sent",
                                e.invitation(),
                                Map.of("timesSent", e.invitation().timesSent())),
                        null));
    }

    @Bean
    InTransactionListener<InvitationAccepted> auditInvitationAccepted(AuditTrail trail) {
        return InTransactionListener.of(
                InvitationAccepted.class,
                e -> trail.record(
                        invitation(
                                "invitation.accepted",
                                e.invitation(),
                                Map.of(
                                        "registrations",
                                        e.registrationIds().stream()
                                                .map(Object::toString)
                                                .toList())),
                        null));
    }

    @Bean
    InTransactionListener<InvitationDeclined> auditInvitationDeclined(AuditTrail trail) {
        return InTransactionListener.of(
                InvitationDeclined.class,
                e -> trail.record(invitation("invitation.declined", e.invitation(), Map.of()), null));
    }

    @Bean
    InTransactionListener<InvitationExtended> auditInvitationExtended(AuditTrail trail) {
        return InTransactionListener.of(
                InvitationExtended.class,
                e -> trail.record(
                        invitation(
                                "invitation.extended",
                                e.invitation(),
                                Map.of(
                                        "expiresAt",
                                        e.previousDeadline() + " → "
                                                + e.invitation().expiresAt())),
                        null));
    }

    @Bean
    InTransactionListener<InvitationSeatsReturned> auditInvitationSeatsReturned(AuditTrail trail) {
        return InTransactionListener.of(
                InvitationSeatsReturned.class,
                e -> trail.record(
                        invitation(
                                "invitation.seats-returned",
                                e.invitation(),
                                Map.of("seatsReturned", e.seatsReturned())),
                        null));
    }

    @Bean
    InTransactionListener<InvitationRevoked> auditInvitationRevoked(AuditTrail trail) {
        return InTransactionListener.of(
                InvitationRevoked.class,
                e -> trail.record(
                        invitation(
                                "invitation.revoked",
                                e.invitation(),
                                Map.of("registrationsKept", e.registrationsKept())),
                        null));
    }

    private static Fact fact(String action, Event e, Map<String, Object> changes) {
        return new Fact(action, "event", e.id(), e.id(), changes);
    }

    private static Fact invitation(String action, Invitation i, Map<String, Object> more) {
        Map<String, Object> changes = new LinkedHashMap<>(more);
        changes.put("status", i.status().name());
        changes.put("seats", i.seats());
        return new Fact(action, "invitation", i.id(), i.eventId(), changes);
    }

    /** Before → after for the event's settings; texts only by name (titles and descriptions can be long). */
    static Map<String, Object> differences(Event a, Event b, List<String> kinds) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("what", kinds);
        diff(changes, "startsAt", a.startsAt(), b.startsAt());
        diff(changes, "endsAt", a.endsAt(), b.endsAt());
        diff(changes, "capacity", a.capacity(), b.capacity());
        diff(changes, "access", a.access(), b.access());
        diff(changes, "approvalRequired", a.approvalRequired(), b.approvalRequired());
        diff(changes, "waitlist", a.waitlist(), b.waitlist());
        diff(changes, "registrationOpensAt", a.registrationOpensAt(), b.registrationOpensAt());
        diff(changes, "registrationClosesAt", a.registrationClosesAt(), b.registrationClosesAt());
        diff(changes, "slug", a.slug(), b.slug());
        diff(changes, "sessions", a.sessions().size(), b.sessions().size());
        if (!a.title().equals(b.title())) {
            changes.put("title", "changed");
        }
        return changes;
    }

    private static void diff(Map<String, Object> changes, String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            changes.put(field, a + " → " + b);
        }
    }
}
