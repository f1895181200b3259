package org.cti.convene.audit;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.common.ApiTokenAuthentication;
import org.cti.convene.common.RequestOrigin;
import org.cti.convene.common.StaffUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Writes the audit trail. Callers run inside the transaction of the change, so an entry exists exactly when the
 * change committed. Who acted comes from the request: the signed-in member of staff, the API token, or, without
 * either, the delegate of {@code delegateId} (a private link or the public form); outside any request, "system".
 */
@Service
public class AuditTrail {

    private final AuditRepository entries;
    private final Clock clock;

    AuditTrail(AuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** What happened to which object; {@code changes} never holds personal data or secrets. */
    public record Fact(String action, String objectType, Object objectId, UUID eventId, Map<String, Object> changes) {}

    public Mono<Void> record(Fact fact, UUID delegateId) {
        return Mono.zip(actor(delegateId), RequestOrigin.address())
                .flatMap(found -> entries.append(new AuditEntry(
                        0,
                        clock.instant(),
                        found.getT1().label(),
                        found.getT1().type(),
                        found.getT1().id(),
                        found.getT1().type() == AuditEntry.ActorType.SYSTEM ? null : found.getT2(),
                        fact.action(),
                        fact.objectType(),
                        fact.objectId() == null ? null : fact.objectId().toString(),
                        fact.eventId(),
                        fact.changes() == null ? Map.of() : fact.changes())));
    }

    /** A fact whose actor is known without the request (a sign-in, before the session exists). */
    Mono<Void> recordAs(Actor actor, Fact fact) {
        return RequestOrigin.address()
                .flatMap(address -> entries.append(new AuditEntry(
                        0,
                        clock.instant(),
                        actor.label(),
                        actor.type(),
                        actor.id(),
                        address,
                        fact.action(),
                        fact.objectType(),
                        fact.objectId() == null ? null : fact.objectId().toString(),
                        fact.eventId(),
                        fact.changes() == null ? Map.of() : fact.changes())));
    }

    record Actor(AuditEntry.ActorType type, UUID id, String label) {}

    private static Mono<Actor> actor(UUID delegateId) {
        Mono<Actor> signedIn = ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .mapNotNull(AuditTrail::staffActor);
        Mono<Actor> otherwise = RequestOrigin.inRequest()
                .map(inRequest -> !inRequest
                        ? new Actor(AuditEntry.ActorType.SYSTEM, null, "system")
                        : delegateId != null
                                ? new Actor(AuditEntry.ActorType.DELEGATE, delegateId, "delegate")
                                : new Actor(AuditEntry.ActorType.ANONYMOUS, null, "anonymous"));
        return signedIn.switchIfEmpty(otherwise);
    }

    private static Actor staffActor(Authentication auth) {
        if (!(auth.getPrincipal() instanceof StaffUser user)) {
            return null;
        }
        return auth instanceof ApiTokenAuthentication token
                ? new Actor(AuditEntry.ActorType.API_TOKEN, token.tokenId(), "token of " + user.email())
                : new Actor(AuditEntry.ActorType.STAFF, user.id(), user.email());
    }
}
