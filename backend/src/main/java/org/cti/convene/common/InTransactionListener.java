package org.cti.convene.common;

import reactor.core.publisher.Mono;

/**
 * Reacts to a domain event inside the transaction that published it (unlike Spring's annotation of a similar
 * name, which runs after the commit): what it writes commits or rolls
 * back together with the change. Keep it to database writes (an outbox row); never call out.
 */
public interface InTransactionListener<T> {

    Class<T> type();

    Mono<Void> onEvent(T event);
}
