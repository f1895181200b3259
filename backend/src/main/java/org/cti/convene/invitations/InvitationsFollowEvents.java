package org.cti.convene.invitations;

import org.cti.convene.common.InTransactionListener;
import org.cti.convene.events.EventCancelled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * When an event is cancelled, its unanswered invitations are withdrawn in the same transaction, so no
 * reminder goes out for it. Registrations (and their mails) are the registration feature's business.
 */
@Component
class InvitationsFollowEvents implements InTransactionListener<EventCancelled> {

    private final InvitationRepository invitations;

    InvitationsFollowEvents(InvitationRepository invitations) {
        this.invitations = invitations;
    }

    @Override
    public Class<EventCancelled> type() {
        return EventCancelled.class;
    }

    @Override
    public Mono<Void> onEvent(EventCancelled cancelled) {
        return invitations.revokeUnanswered(cancelled.event().id()).then();
    }
}
