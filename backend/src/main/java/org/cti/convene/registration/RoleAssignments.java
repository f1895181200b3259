package org.cti.convene.registration;

import java.util.Arrays;
import java.util.UUID;
import org.cti.convene.common.DomainEvents;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Organisers give the roles that people registering themselves cannot choose (speaker, expert, organiser,
 * press): the role is printed on the badge and shown at the door, so it is the secretariat's word. A new role
 * raises the badge version, which revokes the badge printed with the old one.
 */
@Service
public class RoleAssignments {

    private final RegistrationRepository registrations;
    private final DomainEvents domainEvents;
    private final TransactionalOperator tx;

    RoleAssignments(RegistrationRepository registrations, DomainEvents domainEvents, TransactionalOperator tx) {
        this.registrations = registrations;
        this.domainEvents = domainEvents;
        this.tx = tx;
    }

    /** Gives the registration this role; giving the role it has changes nothing. */
    public Mono<Registration> assign(UUID id, String role) {
        return Mono.fromCallable(() -> parse(role))
                .flatMap(wanted -> registrations
                        .lock(id)
                        .switchIfEmpty(Mono.error(NotFoundException::nothingHere))
                        .flatMap(before -> before.role() == wanted ? Mono.just(before) : change(before, wanted)))
                .as(tx::transactional);
    }

    private Mono<Registration> change(Registration before, ParticipantRole wanted) {
        Registration after = before.withRole(wanted);
        return registrations
                .updateDetails(after, SearchText.forRegistration(after))
                .then(registrations.findById(before.id()))
                .flatMap(updated -> domainEvents
                        .publish(new RegistrationDetailsChanged(before, updated, true))
                        .thenReturn(updated));
    }

    private static ParticipantRole parse(String role) {
        try {
            return ParticipantRole.valueOf(role == null ? "" : role.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "role",
                    "Pattern",
                    "must be one of "
                            + String.join(
                                    ", ",
                                    Arrays.stream(ParticipantRole.values())
                                            .map(Enum::name)
                                            .toList()));
        }
    }
}
