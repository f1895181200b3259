package org.cti.convene.invitations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import org.cti.convene.common.DomainEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reminds invitees who have not answered, at the organiser's offsets before the deadline. Every instance
 * runs the job; each reminder still happens once, because it is recorded in {@code invitation_reminder}
 * (primary key: invitation, offset, deadline) in the same transaction that publishes
 * {@link InvitationReminderDue}, with the invitation row locked ({@code SKIP LOCKED}: another instance
 * busy with it will have recorded it when it commits). A failed transaction records nothing and is tried
 * again on the next run. When several offsets fell due at once (after downtime, or a late invitation),
 * one reminder goes, for the nearest offset.
 */
@Component
class InvitationReminders {

    private static final Logger log = LoggerFactory.getLogger(InvitationReminders.class);
    private static final int BATCH = 200;

    private final InvitationRepository invitations;
    private final DomainEvents domainEvents;
    private final TransactionalOperator tx;
    private final Clock clock;

    private final ReminderRepository reminders;

    InvitationReminders(
            InvitationRepository invitations,
            ReminderRepository reminders,
            DomainEvents domainEvents,
            TransactionalOperator tx,
            Clock clock) {
        this.invitations = invitations;
        this.reminders = reminders;
        this.domainEvents = domainEvents;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${convene.invitations.reminders.every:PT5M}",
            initialDelayString = "${convene.invitations.reminders.initial-delay:PT1M}")
    Mono<Void> run() {
        // Spring calls this once and subscribes to the Mono on every tick: the time must be read per
        // subscription, or every run after the first asks for the reminders due at start-up
        return Flux.defer(() -> remind(clock.instant()))
                .count()
                .doOnNext(n -> {
                    if (n > 0) {
                        log.info("Invitation reminders due: {}", n);
                    } else {
                        log.debug("No invitation reminder due");
                    }
                })
                .onErrorResume(e -> {
                    log.warn("Invitation reminders failed; trying again on the next run", e);
                    return Mono.empty();
                })
                .then();
    }

    /** Records and announces the reminders due at {@code now}; emits those this call announced. */
    Flux<InvitationReminderDue> remind(Instant now) {
        return reminders.due(now, BATCH).concatMap(due -> remindOne(due, now));
    }

    private Mono<InvitationReminderDue> remindOne(ReminderRepository.Due due, Instant now) {
        return invitations
                .lockAwaiting(due.invitationId(), now)
                .flatMap(invitation -> Flux.fromIterable(due.offsetsHours())
                        .filter(offset -> stillDue(invitation, offset, now)) // the deadline may have moved since
                        .concatMap(offset -> reminders
                                .recordReminder(invitation.id(), offset, invitation.expiresAt())
                                .filter(inserted -> inserted > 0)
                                .map(inserted -> offset))
                        .collectList()
                        .filter(recorded -> !recorded.isEmpty())
                        .flatMap(recorded -> {
                            InvitationReminderDue reminder =
                                    new InvitationReminderDue(invitation, Collections.min(recorded));
                            return domainEvents.publish(reminder).thenReturn(reminder);
                        }))
                .as(tx::transactional);
    }

    private static boolean stillDue(Invitation invitation, int offsetHours, Instant now) {
        Instant at = invitation.expiresAt().minus(Duration.ofHours(offsetHours));
        return !at.isAfter(now) && at.isAfter(invitation.sentAt());
    }
}
