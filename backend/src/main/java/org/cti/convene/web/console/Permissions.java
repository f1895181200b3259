package org.cti.convene.web.console;

import java.util.UUID;
import org.cti.convene.common.EventAccess;
import org.cti.convene.common.ForbiddenException;
import org.cti.convene.common.StaffRole;
import org.cti.convene.common.StaffUser;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Who may do what in the console. Events outside an account's scope are 404 (as in the API); check-in
 * staff may look but not change anything, and an account limited to some events cannot create others.
 */
@Component
class Permissions {

    private final EventAccess access;

    Permissions(EventAccess access) {
        this.access = access;
    }

    static boolean mayCreate(StaffUser user) {
        return user.role() == StaffRole.ADMIN || (user.role() == StaffRole.ORGANISER && user.allEvents());
    }

    static boolean mayChange(StaffUser user) {
        return user.role() == StaffRole.ADMIN || user.role() == StaffRole.ORGANISER;
    }

    Mono<StaffUser> current() {
        return access.current();
    }

    Mono<StaffUser> toSee(UUID eventId) {
        return access.require(eventId);
    }

    Mono<StaffUser> toCreate() {
        return access.current()
                .filter(Permissions::mayCreate)
                .switchIfEmpty(Mono.error(() -> new ForbiddenException(
                        "event-scope", "Your account is limited to some events and cannot create new ones.")));
    }

    /** Organisers' pages that span events (the mail log); each feature still limits what a scoped account sees. */
    Mono<StaffUser> toManage() {
        return access.current()
                .filter(Permissions::mayChange)
                .switchIfEmpty(
                        Mono.error(() -> new ForbiddenException("forbidden", "Your role does not allow this action.")));
    }

    Mono<StaffUser> toChange(UUID eventId) {
        return access.require(eventId)
                .filter(Permissions::mayChange)
                .switchIfEmpty(
                        Mono.error(() -> new ForbiddenException("forbidden", "Your role does not allow this action.")));
    }
}
