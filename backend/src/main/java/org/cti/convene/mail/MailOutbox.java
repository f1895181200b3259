package org.cti.convene.mail;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.cti.convene.events.Event;
import org.cti.convene.events.Events;
import org.cti.convene.mail.templates.MailKind;
import org.cti.convene.registration.Registration;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes mails into the outbox. Called from inside the transaction of the change that causes the mail, so
 * it only reads and inserts: no rendering and no network here, nothing that can fail for mail's sake.
 */
@Component
class MailOutbox {

    /** Mails about a registration that is over: a private link would only lead to a closed page. */
    private static final Set<MailKind> WITHOUT_LINK =
            Set.of(MailKind.DECLINED, MailKind.CANCELLED_BY_DELEGATE, MailKind.SUBSTITUTED, MailKind.EVENT_CANCELLED);

    private final MailOutboxRepository rows;
    private final Events events;
    private final JsonMapper json;
    private final Clock clock;

    MailOutbox(MailOutboxRepository rows, Events events, JsonMapper json, Clock clock) {
        this.rows = rows;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** The idempotency key of a fact: the kind in kebab case, then what identifies it, e.g. {@code approved:<id>}. */
    static String key(MailKind kind, Object... identity) {
        StringBuilder key =
                new StringBuilder(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        for (Object part : identity) {
            key.append(':').append(part);
        }
        return key.toString();
    }

    /**
     * Tells {@code r} that it entered a status. Statuses only move forward, so each happens once per
     * registration and {@code <kind>:<registration>} names the fact.
     */
    Mono<Void> statusMail(MailKind kind, Registration r, UnaryOperator<MailFacts> refine) {
        return mail(kind, key(kind, r.id()), r, refine);
    }

    /** A mail to {@code r} about its event (looked up now), under the idempotency {@code key}. */
    Mono<Void> mail(MailKind kind, String key, Registration r, UnaryOperator<MailFacts> refine) {
        return events.find(r.eventId()).flatMap(e -> enqueue(kind, key, r, e, refine.apply(facts(kind, r, e))));
    }

    /** The default render input of a {@code kind} mail to {@code r} about {@code e}. */
    static MailFacts facts(MailKind kind, Registration r, Event e) {
        return MailFacts.of(r, e, !WITHOUT_LINK.contains(kind));
    }

    /** Adds the mail unless one with the same key exists. */
    Mono<Void> enqueue(MailKind kind, String key, Registration r, Event e, MailFacts facts) {
        return rows.insert(new MailOutboxRepository.NewMail(
                        UUID.randomUUID(),
                        key,
                        kind,
                        e.id(),
                        r.id(),
                        r.email(),
                        r.displayName(),
                        r.language(),
                        e.contactEmail(),
                        json.writeValueAsString(facts),
                        clock.instant(),
                        null))
                .then();
    }

    /** A mail to the invitee of {@code i} about its event; the links are derived when it is sent. */
    Mono<Void> invitationMail(MailKind kind, String key, org.cti.convene.invitations.Invitation i) {
        return events.find(i.eventId())
                .flatMap(e -> rows.insert(new MailOutboxRepository.NewMail(
                                UUID.randomUUID(),
                                key,
                                kind,
                                e.id(),
                                null,
                                i.email(),
                                i.name(),
                                i.language(),
                                e.contactEmail(),
                                json.writeValueAsString(MailFacts.ofInvitation(i, e)),
                                clock.instant(),
                                null))
                        .then());
    }

    /** Tells the event's contact that {@code i} was declined; nothing when the event names no contact. */
    Mono<Void> declineNotice(String key, org.cti.convene.invitations.Invitation i) {
        return events.find(i.eventId())
                .filter(e -> e.contactEmail() != null && !e.contactEmail().isBlank())
                .flatMap(e -> {
                    MailFacts facts = MailFacts.ofInvitation(i, e).withReason(i.declineReason());
                    return rows.insert(new MailOutboxRepository.NewMail(
                                    UUID.randomUUID(),
                                    key,
                                    MailKind.DECLINE_NOTICE,
                                    e.id(),
                                    null,
                                    e.contactEmail(),
                                    "Organisers",
                                    "en",
                                    null,
                                    json.writeValueAsString(facts),
                                    clock.instant(),
                                    null))
                            .then();
                });
    }

    /** The private link of a delegation, to its head, under the idempotency {@code key}. */
    Mono<Void> delegationMail(String key, org.cti.convene.registration.DelegationLinkRequested d) {
        return events.find(d.eventId())
                .flatMap(e -> rows.insert(new MailOutboxRepository.NewMail(
                                UUID.randomUUID(),
                                key,
                                MailKind.DELEGATION_LINK,
                                e.id(),
                                null,
                                d.headEmail(),
                                d.headName(),
                                d.headLanguage(),
                                e.contactEmail(),
                                json.writeValueAsString(
                                        MailFacts.ofDelegation(d.delegationId(), d.headName(), d.headLanguage(), e)),
                                clock.instant(),
                                null))
                        .then());
    }

    /** A new row with the same recipient and render input as {@code original}; see {@link MailLog#resend}. */
    Mono<UUID> copy(OutboxRow original, String key) {
        UUID id = UUID.randomUUID();
        return rows.insert(new MailOutboxRepository.NewMail(
                        id,
                        key,
                        original.kind(),
                        original.eventId(),
                        original.registrationId(),
                        original.recipientEmail(),
                        original.recipientName(),
                        original.language(),
                        original.replyTo(),
                        original.facts(),
                        clock.instant(),
                        original.id()))
                .flatMap(inserted ->
                        inserted ? Mono.just(id) : rows.findByKey(key).map(OutboxRow::id));
    }
}
