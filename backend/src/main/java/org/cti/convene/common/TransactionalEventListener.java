package org.cti.convene.common;

import reactor.core.publisher.Mono;

/**
 * Reacts to a domain event inside the transaction that published it: what it writes commits or rolls
 * back together with the change. Keep it to database writes (an outbox row); never call out.
 */
public interface TransactionalEventListener<T> {

    Class<T> type();

    Mono<Void> onEvent(T event);
}
