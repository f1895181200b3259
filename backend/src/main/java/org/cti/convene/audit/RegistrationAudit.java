package org.cti.convene.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.cti.convene.audit.AuditTrail.Fact;
import org.cti.convene.common.InTransactionListener;
import org.cti.convene.registration.Registration;
import org.cti.convene.registration.RegistrationApproved;
import org.cti.convene.registration.RegistrationCancelled;
import org.cti.convene.registration.RegistrationCancelledByOrganiser;
import org.cti.convene.registration.RegistrationConfirmed;
import org.cti.convene.registration.RegistrationDeclined;
import org.cti.convene.registration.RegistrationDetailsChanged;
import org.cti.convene.registration.RegistrationPendingApproval;
import org.cti.convene.registration.RegistrationPromoted;
import org.cti.convene.registration.RegistrationSubstituted;
import org.cti.convene.registration.RegistrationWaitlisted;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * The registration's story in the audit trail. Statuses are recorded with their values; of the person's details
 * only the names of the fields that changed, so an erasure needs no change here.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationAudit {

    @Bean
    InTransactionListener<RegistrationConfirmed> auditConfirmed(AuditTrail trail) {
        return InTransactionListener.of(RegistrationConfirmed.class, e -> created(trail, e.registration()));
    }

    @Bean
    InTransactionListener<RegistrationPendingApproval> auditPending(AuditTrail trail) {
        return InTransactionListener.of(RegistrationPendingApproval.class, e -> created(trail, e.registration()));
    }

    @Bean
    InTransactionListener<RegistrationWaitlisted> auditWaitlisted(AuditTrail trail) {
        return InTransactionListener.of(RegistrationWaitlisted.class, e -> created(trail, e.registration()));
    }

    @Bean
    InTransactionListener<RegistrationApproved> auditApproved(AuditTrail trail) {
        return InTransactionListener.of(
                RegistrationApproved.class, e -> status(trail, "registration.approved", e.registration(), Map.of()));
    }

    @Bean
    InTransactionListener<RegistrationDeclined> auditDeclined(AuditTrail trail) {
        return InTransactionListener.of(
                RegistrationDeclined.class,
                e -> status(
                        trail,
                        "registration.declined",
                        e.registration(),
                        Map.of("reasonGiven", e.reason() != null && !e.reason().isBlank())));
    }

    @Bean
    InTransactionListener<RegistrationPromoted> auditPromoted(AuditTrail trail) {
        return InTransactionListener.of(
                RegistrationPromoted.class, e -> status(trail, "registration.promoted", e.registration(), Map.of()));
    }

    @Bean
    InTransactionListener<RegistrationCancelled> auditCancelled(AuditTrail trail) {
        return InTransactionListener.of(
                RegistrationCancelled.class, e -> status(trail, "registration.cancelled", e.registration(), Map.of()));
    }

    @Bean
    InTransactionListener<RegistrationCancelledByOrganiser> auditCancelledByOrganiser(AuditTrail trail) {
        return InTransactionListener.of(
                RegistrationCancelledByOrganiser.class,
                e -> status(trail, "registration.cancelled", e.registration(), Map.of("byOrganiser", true)));
    }

    @Bean
    InTransactionListener<RegistrationSubstituted> auditSubstituted(AuditTrail trail) {
        return InTransactionListener.of(
                RegistrationSubstituted.class,
                e -> trail.record(
                        new Fact(
                                "registration.substituted",
                                "registration",
                                e.replaced().id(),
                                e.replaced().eventId(),
                                Map.of(
                                        "replacement",
                                        e.replacement().id().toString(),
                                        "status",
                                        e.replaced().status().name())),
                        e.replaced().id()));
    }

    @Bean
    InTransactionListener<RegistrationDetailsChanged> auditChanged(AuditTrail trail) {
        return InTransactionListener.of(RegistrationDetailsChanged.class, e -> {
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("fields", changedFields(e.before(), e.after()));
            changes.put("badgeReissued", e.badgeReissued());
            return trail.record(
                    new Fact(
                            "registration.changed",
                            "registration",
                            e.after().id(),
                            e.after().eventId(),
                            changes),
                    e.after().id());
        });
    }

    private static Mono<Void> created(AuditTrail trail, Registration r) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("status", r.status().name());
        changes.put("role", r.role().name());
        if (r.invitationId() != null) {
            changes.put("invitation", r.invitationId().toString());
        }
        return trail.record(new Fact("registration.created", "registration", r.id(), r.eventId(), changes), r.id());
    }

    private static Mono<Void> status(AuditTrail trail, String action, Registration r, Map<String, Object> more) {
        Map<String, Object> changes = new LinkedHashMap<>(more);
        changes.put("status", r.status().name());
        return trail.record(new Fact(action, "registration", r.id(), r.eventId(), changes), r.id());
    }

    /** Which of the person's fields differ; never their values. */
    static java.util.List<String> changedFields(Registration a, Registration b) {
        var fields = new java.util.ArrayList<String>();
        compare(fields, "honorific", a.honorific(), b.honorific());
        compare(fields, "givenName", a.givenName(), b.givenName());
        compare(fields, "familyName", a.familyName(), b.familyName());
        compare(fields, "badgeName", a.badgeName(), b.badgeName());
        compare(fields, "function", a.function(), b.function());
        compare(fields, "organisation", a.organisation(), b.organisation());
        compare(fields, "countryCode", a.countryCode(), b.countryCode());
        compare(fields, "phone", a.phone(), b.phone());
        compare(fields, "language", a.language(), b.language());
        compare(fields, "role", a.role(), b.role());
        compare(fields, "dietary", a.dietary(), b.dietary());
        compare(fields, "accessibility", a.accessibility(), b.accessibility());
        compare(fields, "visaLetter", a.visaLetter(), b.visaLetter());
        compare(fields, "sessionIds", a.sessionIds(), b.sessionIds());
        return fields;
    }

    private static void compare(java.util.List<String> fields, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            fields.add(name);
        }
    }
}
