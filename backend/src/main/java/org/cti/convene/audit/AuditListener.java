package org.cti.convene.audit;

import java.util.function.Function;
import org.cti.convene.common.InTransactionListener;
import reactor.core.publisher.Mono;

/** Writes the entry of one kind of domain event inside the transaction that published it. */
record AuditListener<T>(Class<T> type, Function<T, Mono<Void>> write) implements InTransactionListener<T> {

    @Override
    public Mono<Void> onEvent(T event) {
        return write.apply(event);
    }
}
