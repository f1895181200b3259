package org.cti.convene.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.cti.convene.audit.AuditTrail.Actor;
import org.cti.convene.audit.AuditTrail.Fact;
import org.cti.convene.common.InTransactionListener;
import org.cti.convene.common.PersonalDataRead;
import org.cti.convene.staff.StaffAccount;
import org.cti.convene.staff.StaffEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Staff accounts, sign-ins, tokens and bulk reads of personal data in the audit trail; never a password. */
@Configuration(proxyBeanMethods = false)
class StaffAudit {

    @Bean
    InTransactionListener<StaffEvents.Invited> auditStaffInvited(AuditTrail trail) {
        return InTransactionListener.of(
                StaffEvents.Invited.class,
                e -> trail.record(
                        staff(
                                "staff.invited",
                                e.account(),
                                Map.of(
                                        "role",
                                        e.account().role().name(),
                                        "eventIds",
                                        e.account().eventIds().stream()
                                                .map(Object::toString)
                                                .sorted()
                                                .toList())),
                        null));
    }

    @Bean
    InTransactionListener<StaffEvents.Changed> auditStaffChanged(AuditTrail trail) {
        return InTransactionListener.of(StaffEvents.Changed.class, e -> {
            Map<String, Object> changes = new LinkedHashMap<>();
            diff(changes, "role", e.before().role(), e.after().role());
            diff(changes, "status", e.before().status(), e.after().status());
            diff(
                    changes,
                    "eventIds",
                    e.before().eventIds().stream()
                            .map(Object::toString)
                            .sorted()
                            .toList(),
                    e.after().eventIds().stream().map(Object::toString).sorted().toList());
            return trail.record(staff("staff.changed", e.after(), changes), null);
        });
    }

    @Bean
    InTransactionListener<StaffEvents.PasswordResetRequested> auditResetRequested(AuditTrail trail) {
        return InTransactionListener.of(
                StaffEvents.PasswordResetRequested.class,
                e -> trail.record(staff("staff.password-reset-sent", e.account(), Map.of()), null));
    }

    @Bean
    InTransactionListener<StaffEvents.PasswordChosen> auditPasswordChosen(AuditTrail trail) {
        return InTransactionListener.of(
                StaffEvents.PasswordChosen.class,
                e -> trail.recordAs(
                        new Actor(
                                AuditEntry.ActorType.STAFF,
                                e.account().id(),
                                e.account().email()),
                        staff(
                                "staff.password-changed",
                                e.account(),
                                Map.of(
                                        "via",
                                        e.viaLink() == null
                                                ? "account"
                                                : e.viaLink().name()))));
    }

    @Bean
    InTransactionListener<StaffEvents.SignedIn> auditSignedIn(AuditTrail trail) {
        return InTransactionListener.of(
                StaffEvents.SignedIn.class,
                e -> trail.recordAs(
                        new Actor(AuditEntry.ActorType.STAFF, e.accountId(), e.email()),
                        new Fact("sign-in.succeeded", "staff", e.accountId(), null, Map.of())));
    }

    @Bean
    InTransactionListener<StaffEvents.SignInRefused> auditSignInRefused(AuditTrail trail) {
        return InTransactionListener.of(
                StaffEvents.SignInRefused.class,
                e -> trail.recordAs(
                        new Actor(AuditEntry.ActorType.ANONYMOUS, e.accountId(), "anonymous"),
                        new Fact("sign-in.failed", "staff", e.accountId(), null, Map.of("reason", e.reason()))));
    }

    @Bean
    InTransactionListener<StaffEvents.TokenCreated> auditTokenCreated(AuditTrail trail) {
        return InTransactionListener.of(
                StaffEvents.TokenCreated.class,
                e -> trail.record(
                        new Fact(
                                "token.created",
                                "api-token",
                                e.tokenId(),
                                null,
                                Map.of("name", e.name(), "owner", e.accountId().toString())),
                        null));
    }

    @Bean
    InTransactionListener<StaffEvents.TokenRevoked> auditTokenRevoked(AuditTrail trail) {
        return InTransactionListener.of(
                StaffEvents.TokenRevoked.class,
                e -> trail.record(
                        new Fact(
                                "token.revoked",
                                "api-token",
                                e.tokenId(),
                                null,
                                Map.of("name", e.name(), "owner", e.accountId().toString())),
                        null));
    }

    @Bean
    InTransactionListener<PersonalDataRead> auditPersonalDataRead(AuditTrail trail) {
        return InTransactionListener.of(
                PersonalDataRead.class,
                e -> trail.record(new Fact(e.action(), "event", e.eventId(), e.eventId(), e.details()), null));
    }

    private static Fact staff(String action, StaffAccount account, Map<String, Object> changes) {
        return new Fact(action, "staff", account.id(), null, changes);
    }

    private static void diff(Map<String, Object> changes, String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            changes.put(field, a + " → " + b);
        }
    }
}
