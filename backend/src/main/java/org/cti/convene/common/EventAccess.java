package org.cti.convene.common;

import java.util.UUID;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Checks that the signed-in staff member may work on an event. Accounts limited to some events get a
 * 404 for the others, so they cannot even learn which events exist.
 */
@Component
public class EventAccess {

    public Mono<StaffUser> require(UUID eventId) {
        return current()
                .flatMap(user -> user.mayWorkOn(eventId)
                        ? Mono.just(user)
                        : Mono.error(new NotFoundException("No event with id " + eventId + ".")));
    }

    public Mono<StaffUser> current() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(ctx -> ctx.getAuthentication())
                .mapNotNull(auth -> auth.getPrincipal() instanceof StaffUser u ? u : null)
                .switchIfEmpty(Mono.error(new org.springframework.security.access.AccessDeniedException("staff only")));
    }
}
