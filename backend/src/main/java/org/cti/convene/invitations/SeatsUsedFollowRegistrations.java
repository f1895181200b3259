package org.cti.convene.invitations;

import java.util.function.Function;
import org.cti.convene.common.InTransactionListener;
import org.cti.convene.registration.Registration;
import org.cti.convene.registration.RegistrationCancelled;
import org.cti.convene.registration.RegistrationCancelledByOrganiser;
import org.cti.convene.registration.RegistrationDeclined;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * A registration made through an invitation that is cancelled or declined gives its seat back to the
 * invitation, inside the registration feature's transaction: a delegation can register someone else in
 * that place (its seat is still reserved for it), and {@code seatsUsed} stays the number of live registrations.
 */
@Configuration(proxyBeanMethods = false)
class SeatsUsedFollowRegistrations {

    @Bean
    InTransactionListener<RegistrationCancelled> seatBackOnCancel(InvitationRepository invitations) {
        return listener(RegistrationCancelled.class, RegistrationCancelled::registration, invitations);
    }

    @Bean
    InTransactionListener<RegistrationCancelledByOrganiser> seatBackOnOrganiserCancel(
            InvitationRepository invitations) {
        return listener(
                RegistrationCancelledByOrganiser.class, RegistrationCancelledByOrganiser::registration, invitations);
    }

    @Bean
    InTransactionListener<RegistrationDeclined> seatBackOnDecline(InvitationRepository invitations) {
        return listener(RegistrationDeclined.class, RegistrationDeclined::registration, invitations);
    }

    private static <T> InTransactionListener<T> listener(
            Class<T> type, Function<T, Registration> registration, InvitationRepository invitations) {
        return InTransactionListener.of(type, event -> {
            Registration r = registration.apply(event);
            return r.invitationId() == null ? Mono.empty() : invitations.releaseSeatUsed(r.invitationId());
        });
    }
}
