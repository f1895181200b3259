package org.cti.convene.common;

import java.util.UUID;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Checks that the signed-in staff member may work on an event. Accounts limited to some events get the
 * neutral 404 ({@link NotFoundException#nothingHere()}) for the others, so they cannot even learn which events
 * exist, nor which event a registration or an invitation of another event belongs to.
 */
@Component
public class EventAccess {

    public Mono<StaffUser> require(UUID eventId) {
        return current()
                .flatMap(user ->
                        user.mayWorkOn(eventId) ? Mono.just(user) : Mono.error(NotFoundException.nothingHere()));
    }

    public Mono<StaffUser> current() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(ctx -> ctx.getAuthentication())
                .mapNotNull(auth -> auth.getPrincipal() instanceof StaffUser u ? u : null)
                .switchIfEmpty(Mono.error(new org.springframework.security.access.AccessDeniedException("staff only")));
    }
}
