package org.cti.convene.mail;

import static org.cti.convene.mail.MailOutbox.facts;
import static org.cti.convene.mail.MailOutbox.key;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.cti.convene.common.InTransactionListener;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventCancelled;
import org.cti.convene.events.EventChanged;
import org.cti.convene.mail.templates.MailKind;
import org.cti.convene.registration.AttendeeLists;
import org.cti.convene.registration.AttendeeQuery;
import org.cti.convene.registration.DelegationLinkRequested;
import org.cti.convene.registration.ManageLinkRequested;
import org.cti.convene.registration.Registration;
import org.cti.convene.registration.RegistrationApproved;
import org.cti.convene.registration.RegistrationCancelled;
import org.cti.convene.registration.RegistrationConfirmed;
import org.cti.convene.registration.RegistrationDeclined;
import org.cti.convene.registration.RegistrationPendingApproval;
import org.cti.convene.registration.RegistrationPromoted;
import org.cti.convene.registration.RegistrationStatus;
import org.cti.convene.registration.RegistrationSubstituted;
import org.cti.convene.registration.RegistrationWaitlisted;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Turns the facts people must know about into outbox rows, inside the transaction that made them true. The
 * idempotency key names the fact (see {@link MailOutbox#key}); a second publication of the same fact meets the
 * unique key and adds nothing.
 *
 * <p>{@code RegistrationDetailsChanged} sends nothing: the delegate made the change on their own page and sees
 * the result there, and the address itself cannot change.
 */
@Configuration(proxyBeanMethods = false)
class MailListeners {

    private static final UnaryOperator<MailFacts> AS_IS = UnaryOperator.identity();

    @Bean
    InTransactionListener<RegistrationConfirmed> mailOnConfirmed(MailOutbox outbox) {
        return InTransactionListener.of(
                RegistrationConfirmed.class,
                e -> outbox.statusMail(MailKind.REGISTRATION_CONFIRMED, e.registration(), AS_IS));
    }

    @Bean
    InTransactionListener<RegistrationPendingApproval> mailOnPendingApproval(MailOutbox outbox) {
        return InTransactionListener.of(
                RegistrationPendingApproval.class,
                e -> outbox.statusMail(MailKind.PENDING_APPROVAL, e.registration(), AS_IS));
    }

    @Bean
    InTransactionListener<RegistrationWaitlisted> mailOnWaitlisted(MailOutbox outbox) {
        return InTransactionListener.of(
                RegistrationWaitlisted.class,
                e -> outbox.statusMail(
                        MailKind.WAITLISTED,
                        e.registration(),
                        facts -> facts.withWaitlistPosition(e.registration().waitlistPosition())));
    }

    /** A seat freed up; where the event needs approval the seat is held pending it, and the mail says so. */
    @Bean
    InTransactionListener<RegistrationPromoted> mailOnPromoted(MailOutbox outbox) {
        return InTransactionListener.of(
                RegistrationPromoted.class,
                e -> outbox.statusMail(
                        e.registration().status() == RegistrationStatus.PENDING_APPROVAL
                                ? MailKind.PENDING_APPROVAL
                                : MailKind.PROMOTED,
                        e.registration(),
                        AS_IS));
    }

    @Bean
    InTransactionListener<RegistrationApproved> mailOnApproved(MailOutbox outbox) {
        return InTransactionListener.of(
                RegistrationApproved.class, e -> outbox.statusMail(MailKind.APPROVED, e.registration(), AS_IS));
    }

    @Bean
    InTransactionListener<RegistrationDeclined> mailOnDeclined(MailOutbox outbox) {
        return InTransactionListener.of(
                RegistrationDeclined.class,
                e -> outbox.statusMail(MailKind.DECLINED, e.registration(), facts -> facts.withReason(e.reason())));
    }

    @Bean
    InTransactionListener<RegistrationCancelled> mailOnCancelled(MailOutbox outbox) {
        return InTransactionListener.of(
                RegistrationCancelled.class,
                e -> outbox.statusMail(MailKind.CANCELLED_BY_DELEGATE, e.registration(), AS_IS));
    }

    /**
     * The person replaced is told their registration ended; the replacement gets the mail of their status
     * (the seat's), with their own private link.
     */
    @Bean
    InTransactionListener<RegistrationSubstituted> mailOnSubstituted(MailOutbox outbox) {
        return InTransactionListener.of(RegistrationSubstituted.class, e -> {
            Registration in = e.replacement();
            MailKind welcome = switch (in.status()) {
                case PENDING_APPROVAL -> MailKind.PENDING_APPROVAL;
                case WAITLISTED -> MailKind.WAITLISTED;
                default -> MailKind.REGISTRATION_CONFIRMED;
            };
            return outbox.statusMail(MailKind.SUBSTITUTED, e.replaced(), AS_IS)
                    .then(outbox.statusMail(welcome, in, facts -> facts.withWaitlistPosition(in.waitlistPosition())));
        });
    }

    /** Every request is a new fact, but those within the same ten minutes count as one (double clicks). */
    @Bean
    InTransactionListener<ManageLinkRequested> mailOnManageLinkRequested(MailOutbox outbox, Clock clock) {
        return InTransactionListener.of(ManageLinkRequested.class, e -> {
            Registration r = e.registration();
            long window = clock.instant().getEpochSecond() / 600;
            return outbox.mail(MailKind.MANAGE_LINK, key(MailKind.MANAGE_LINK, r.id(), window), r, AS_IS);
        });
    }

    /** A head of delegation gets the link to the delegation's page; asked again, at most once in ten minutes. */
    @Bean
    InTransactionListener<DelegationLinkRequested> mailOnDelegationLink(MailOutbox outbox, Clock clock) {
        return InTransactionListener.of(DelegationLinkRequested.class, e -> {
            Object occasion = e.again() ? clock.instant().getEpochSecond() / 600 : "registered";
            return outbox.delegationMail(key(MailKind.DELEGATION_LINK, e.delegationId(), occasion), e);
        });
    }

    /** Time, venue or programme changed: every live registration hears of it, once per event sequence. */
    @Bean
    InTransactionListener<EventChanged> mailOnEventChanged(MailOutbox outbox, AttendeeLists attendees) {
        return InTransactionListener.of(EventChanged.class, e -> {
            if (!e.participantsMustKnow()) {
                return Mono.empty();
            }
            Event after = e.after();
            List<String> noticeable = e.changes().stream()
                    .filter(List.of("TIME", "VENUE", "PROGRAMME")::contains)
                    .toList();
            return live(attendees, after.id())
                    .concatMap(r -> outbox.enqueue(
                            MailKind.EVENT_CHANGED,
                            key(MailKind.EVENT_CHANGED, after.id(), after.sequence(), r.id()),
                            r,
                            after,
                            facts(MailKind.EVENT_CHANGED, r, after).withChanges(noticeable)))
                    .then();
        });
    }

    /** The event is cancelled: every live registration hears of it. */
    @Bean
    InTransactionListener<EventCancelled> mailOnEventCancelled(MailOutbox outbox, AttendeeLists attendees) {
        return InTransactionListener.of(
                EventCancelled.class,
                e -> live(attendees, e.event().id())
                        .concatMap(r -> outbox.enqueue(
                                MailKind.EVENT_CANCELLED,
                                key(MailKind.EVENT_CANCELLED, e.event().id(), r.id()),
                                r,
                                e.event(),
                                facts(MailKind.EVENT_CANCELLED, r, e.event())))
                        .then());
    }

    private static Flux<Registration> live(AttendeeLists attendees, UUID eventId) {
        return attendees
                .all(eventId, AttendeeQuery.all())
                .filter(r -> r.status().isLive());
    }

    /** Each sending (first or resent) is its own mail; the count of sendings names the fact. */
    @Bean
    InTransactionListener<org.cti.convene.invitations.InvitationSent> mailOnInvitationSent(MailOutbox outbox) {
        return InTransactionListener.of(
                org.cti.convene.invitations.InvitationSent.class,
                e -> outbox.invitationMail(
                        MailKind.INVITATION,
                        MailOutbox.key(
                                MailKind.INVITATION,
                                e.invitation().id(),
                                e.invitation().timesSent()),
                        e.invitation()));
    }

    @Bean
    InTransactionListener<org.cti.convene.invitations.InvitationReminderDue> mailOnInvitationReminder(
            MailOutbox outbox) {
        return InTransactionListener.of(
                org.cti.convene.invitations.InvitationReminderDue.class,
                e -> outbox.invitationMail(
                        MailKind.INVITATION_REMINDER,
                        MailOutbox.key(
                                MailKind.INVITATION_REMINDER,
                                e.invitation().id(),
                                e.offsetHours(),
                                e.invitation().expiresAt().getEpochSecond()),
                        e.invitation()));
    }

    /**
     * A declined invitation: the invitee gets a confirmation whose calendar attachment cancels the invitation's
     * entry, and the event's contact is told, with the reason the invitee gave (in English: the contact's
     * language is not known).
     */
    @Bean
    InTransactionListener<org.cti.convene.invitations.InvitationDeclined> mailOnInvitationDeclined(MailOutbox outbox) {
        return InTransactionListener.of(
                org.cti.convene.invitations.InvitationDeclined.class,
                e -> outbox.invitationMail(
                                MailKind.INVITATION_DECLINED,
                                MailOutbox.key(
                                        MailKind.INVITATION_DECLINED,
                                        e.invitation().id()),
                                e.invitation())
                        .then(outbox.declineNotice(
                                MailOutbox.key(
                                        MailKind.DECLINE_NOTICE, e.invitation().id()),
                                e.invitation())));
    }
}
