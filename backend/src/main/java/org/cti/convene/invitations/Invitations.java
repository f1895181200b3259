package org.cti.convene.invitations;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import org.cti.convene.common.ConflictException;
import org.cti.convene.common.DomainEvents;
import org.cti.convene.common.FieldViolation;
import org.cti.convene.common.InputValidator;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.common.ServerSecret;
import org.cti.convene.events.Events;
import org.cti.convene.registration.Registrations;
import org.cti.convene.registration.SeatReservations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Organisers invite people and delegations, follow the answers, resend, revoke and extend; the mail
 * feature gets each invitation's links here. Each change runs in one transaction with the invitation row
 * locked, together with the seats it reserves or frees and the events it publishes.
 */
@Service
public class Invitations {

    private final InvitationRepository invitations;
    private final InvitationRules rules;
    private final InvitationTokens tokens;
    private final Events events;
    private final Registrations registrations;
    private final SeatReservations seats;
    private final DomainEvents domainEvents;
    private final TransactionalOperator tx;
    private final Clock clock;

    Invitations(
            InvitationRepository invitations,
            InvitationRules rules,
            InvitationTokens tokens,
            Events events,
            Registrations registrations,
            SeatReservations seats,
            DomainEvents domainEvents,
            TransactionalOperator tx,
            Clock clock) {
        this.invitations = invitations;
        this.rules = rules;
        this.tokens = tokens;
        this.events = events;
        this.registrations = registrations;
        this.seats = seats;
        this.domainEvents = domainEvents;
        this.tx = tx;
        this.clock = clock;
    }

    /** CSV upload options: the columns carry the invitees, these apply to all of them. */
    public record CsvOptions(OffsetDateTime expiresAt, Boolean skipApproval, List<Integer> reminderOffsetsHours) {}

    /**
     * Invites everyone in the batch, or nobody: one invalid invitee refuses the whole batch (400, every
     * problem listed); delegations reserve their seats now, and too few free seats refuse it (409).
     */
    public Mono<List<Invitation>> invite(UUID eventId, InvitationBatch batch) {
        return invite(eventId, batch, i -> "invitations[" + i + "].");
    }

    /** Same as {@link #invite} from a CSV file; problems are reported by row ({@code rows[4].email}). */
    public Mono<List<Invitation>> importCsv(UUID eventId, String csv, CsvOptions options) {
        return Mono.fromCallable(() -> InvitationCsv.parse(csv)).flatMap(rows -> {
            InvitationBatch batch = new InvitationBatch(
                    rows.stream().map(InvitationCsv.Row::invitee).toList(),
                    options.expiresAt(),
                    options.skipApproval(),
                    options.reminderOffsetsHours());
            return invite(eventId, batch, i -> "rows[" + rows.get(i).number() + "].");
        });
    }

    private Mono<List<Invitation>> invite(UUID eventId, InvitationBatch batch, IntFunction<String> prefix) {
        return events.find(eventId)
                .map(event -> {
                    Instant now = clock.instant();
                    rules.checkEvent(event, now);
                    return rules.toInvitations(event, batch, prefix, now);
                })
                .flatMap(created -> refuseAlreadyInvited(eventId, created, prefix)
                        .then(refuseBeyondFreeSeats(eventId, created))
                        .thenMany(Flux.fromIterable(created).concatMap(this::insert))
                        .collectList())
                .onErrorMap(
                        DuplicateKeyException.class,
                        e -> new ConflictException(
                                "already-invited",
                                "Some of these addresses were invited at the same moment by someone else; reload the list."))
                .as(tx::transactional);
    }

    private Mono<Invitation> insert(Invitation invitation) {
        Mono<Void> reserve = invitation.type() == InvitationType.DELEGATION
                ? seats.reserve(invitation.eventId(), invitation.id(), invitation.seats())
                : Mono.empty();
        return invitations
                .insert(invitation, ServerSecret.hash(tokens.token(invitation)))
                .then(reserve)
                .then(domainEvents.publish(new InvitationSent(invitation)))
                .thenReturn(invitation);
    }

    private Mono<Void> refuseAlreadyInvited(UUID eventId, List<Invitation> created, IntFunction<String> prefix) {
        List<String> emails = created.stream().map(Invitation::email).toList();
        return invitations.openInvitationEmails(eventId, emails).collectList().flatMap(taken -> {
            List<FieldViolation> v = new ArrayList<>();
            for (int i = 0; i < created.size(); i++) {
                if (taken.contains(created.get(i).email())) {
                    v.add(FieldViolation.of(
                            prefix.apply(i) + "email",
                            "already-invited",
                            "already has an open invitation to this event; " + "resend or extend that one instead"));
                }
            }
            InputValidator.refuseIfAny(v);
            return Mono.empty();
        });
    }

    private Mono<Void> refuseBeyondFreeSeats(UUID eventId, List<Invitation> created) {
        int wanted = created.stream()
                .filter(i -> i.type() == InvitationType.DELEGATION)
                .mapToInt(Invitation::seats)
                .sum();
        if (wanted == 0) {
            return Mono.empty();
        }
        return seats.split(eventId)
                .flatMap(split -> split.free() < wanted
                        ? Mono.error(new ConflictException(
                                "not-enough-seats",
                                "These delegations ask for " + wanted
                                        + " seats but only " + split.free() + " are free (of " + split.capacity() + "; "
                                        + split.held() + " held, " + split.invitedFree()
                                        + " reserved for other invitations). "
                                        + "Nothing was sent."))
                        : Mono.empty());
    }

    /** The invitations of an event (filtered by state and country), totals per state and the seat split. */
    public Mono<InvitationOverview> overview(UUID eventId, InvitationStatus status, String country) {
        return events.find(eventId)
                .flatMap(event -> Mono.zip(
                                invitations
                                        .list(
                                                eventId,
                                                status,
                                                country == null
                                                        ? null
                                                        : country.strip().toUpperCase())
                                        .collectList(),
                                invitations.totals(eventId),
                                seats.split(eventId))
                        .map(t -> new InvitationOverview(t.getT1(), t.getT2(), t.getT3())));
    }

    public Mono<Invitation> find(UUID id) {
        return invitations.findById(id).switchIfEmpty(Mono.error(() -> notFound(id)));
    }

    /**
     * The event an invitation belongs to, for per-event access checks: an unknown id gets the same neutral 404
     * as an id of an event the caller may not see.
     */
    public Mono<UUID> eventOf(UUID id) {
        return invitations
                .findById(id)
                .map(Invitation::eventId)
                .switchIfEmpty(Mono.error(NotFoundException::nothingHere));
    }

    /**
     * Sends the invitation again ({@link InvitationSent}). The link stays the same, so the first mail
     * keeps working (it may sit in a mission's shared inbox); {@code newLink} kills the old link instead,
     * for a mail that went to the wrong person.
     */
    public Mono<Invitation> resend(UUID id, boolean newLink) {
        return lock(id).flatMap(before -> {
                    refuseIfClosed(before, "resent");
                    if (before.expiredAt(clock.instant())) {
                        throw new ConflictException(
                                "invitation-expired", "This invitation has expired; extend it first, then resend it.");
                    }
                    int version = newLink ? before.tokenVersion() + 1 : before.tokenVersion();
                    return invitations
                            .recordResent(id, version, ServerSecret.hash(tokens.token(id, version)))
                            .then(invitations.findById(id))
                            .flatMap(after -> domainEvents
                                    .publish(new InvitationSent(after))
                                    .thenReturn(after));
                })
                .as(tx::transactional);
    }

    /**
     * Withdraws the invitation: its link stops working and its unused seats go back to everyone (the
     * waiting list first). Registrations made through it stay unless {@code keepRegistrations} is false,
     * in which case they are cancelled (and their seats freed) in the same transaction.
     */
    public Mono<Invitation> revoke(UUID id, boolean keepRegistrations) {
        return lock(id).flatMap(before -> {
                    refuseIfClosed(before, "revoked");
                    Mono<Void> cancel = keepRegistrations
                            ? Mono.empty()
                            : registrations
                                    .ofInvitation(id)
                                    .filter(r -> r.status().isLive())
                                    .concatMap(r -> registrations.cancelByOrganiser(
                                            r.id(), "The invitation this registration was made through was withdrawn."))
                                    .then();
                    return invitations
                            .recordRevoked(id)
                            .then(cancel)
                            .then(seats.release(before.eventId(), id))
                            .then(invitations.findById(id))
                            .flatMap(after -> domainEvents
                                    .publish(new InvitationRevoked(after, keepRegistrations))
                                    .thenReturn(after));
                })
                .as(tx::transactional);
    }

    /** Moves the deadline later (an expired invitation becomes answerable again, its reminders due again). */
    public Mono<Invitation> extend(UUID id, OffsetDateTime expiresAt) {
        return lock(id).flatMap(before -> {
                    refuseIfClosed(before, "extended");
                    return events.find(before.eventId()).flatMap(event -> {
                        Instant deadline = expiresAt == null ? null : expiresAt.toInstant();
                        List<FieldViolation> v = new ArrayList<>();
                        rules.checkDeadline(event, deadline, clock.instant(), "expiresAt", v);
                        InputValidator.refuseIfAny(v);
                        return invitations
                                .extend(id, deadline)
                                .then(invitations.findById(id))
                                .flatMap(after -> domainEvents
                                        .publish(new InvitationExtended(after, before.expiresAt()))
                                        .thenReturn(after));
                    });
                })
                .as(tx::transactional);
    }

    /** The invitation page, where the invitee reads the invitation and accepts; for the mail's button. */
    public String acceptUrl(Invitation invitation) {
        return tokens.pageUrl(invitation);
    }

    /** The invitation page opened on its decline form; for the mail's second button. */
    public String declineUrl(Invitation invitation) {
        return tokens.pageUrl(invitation) + "/decline";
    }

    private Mono<Invitation> lock(UUID id) {
        return invitations.lock(id).switchIfEmpty(Mono.error(() -> notFound(id)));
    }

    private static void refuseIfClosed(Invitation invitation, String what) {
        switch (invitation.status()) {
            case REVOKED ->
                throw new ConflictException(
                        "invitation-revoked",
                        "This invitation was revoked; it cannot be " + what + ". Invite again if needed.");
            case DECLINED ->
                throw new ConflictException(
                        "invitation-declined",
                        "This invitation was declined; it cannot be " + what + ". Invite again if needed.");
            default -> {
                // open, accepted or expired: fine
            }
        }
    }

    static NotFoundException notFound(UUID id) {
        return new NotFoundException("No invitation with id " + id + ".");
    }
}
