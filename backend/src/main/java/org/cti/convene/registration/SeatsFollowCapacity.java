package org.cti.convene.registration;

import org.cti.convene.common.ConflictException;
import org.cti.convene.common.InTransactionListener;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventChanged;
import org.cti.convene.events.EventPublished;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * Keeps one seat row per place of capacity, inside the events feature's transaction: publishing creates
 * them, raising capacity adds them and serves the waiting list, lowering it below the seats already held
 * is refused (and the edit rolls back).
 */
@Configuration(proxyBeanMethods = false)
class SeatsFollowCapacity {

    @Bean
    InTransactionListener<EventPublished> seatsOnPublish(SeatRepository seats) {
        return InTransactionListener.of(
                EventPublished.class,
                e -> seats.growTo(e.event().id(), e.event().capacity()));
    }

    @Bean
    InTransactionListener<EventChanged> seatsOnCapacityChange(SeatRepository seats, WaitingList waitingList) {
        return InTransactionListener.of(EventChanged.class, e -> {
            if (!e.changes().contains("CAPACITY")) {
                return Mono.empty();
            }
            Event after = e.after();
            return seats.count(after.id()).flatMap(existing -> {
                if (existing == 0 && !after.isPublished()) {
                    return Mono.empty(); // a draft has no seats yet
                }
                if (after.capacity() > existing) {
                    return seats.growTo(after.id(), after.capacity())
                            .then(waitingList.promote(after))
                            .then();
                }
                int surplus = (int) (existing - after.capacity());
                if (surplus == 0) {
                    return Mono.empty();
                }
                return seats.shrinkBy(after.id(), surplus)
                        .flatMap(removed -> removed < surplus
                                ? seats.held(after.id())
                                        .flatMap(held -> Mono.error(new ConflictException(
                                                "capacity-below-held",
                                                held + " seats are already held; capacity cannot go below that.")))
                                : Mono.empty());
            });
        });
    }
}
