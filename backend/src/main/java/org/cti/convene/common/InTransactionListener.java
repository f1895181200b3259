package org.cti.convene.common;

import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * Reacts to a domain event inside the transaction that published it (unlike Spring's annotation of a similar
 * name, which runs after the commit): what it writes commits or rolls
 * back together with the change. Keep it to database writes (an outbox row); never call out.
 */
public interface InTransactionListener<T> {

    Class<T> type();

    Mono<Void> onEvent(T event);

    /** A listener for events of {@code type}, as the features declare theirs ({@code @Bean} methods). */
    static <T> InTransactionListener<T> of(Class<T> type, Function<T, Mono<Void>> body) {
        return new InTransactionListener<>() {
            @Override
            public Class<T> type() {
                return type;
            }

            @Override
            public Mono<Void> onEvent(T event) {
                return body.apply(event);
            }
        };
    }
}
