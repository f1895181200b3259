package org.cti.convene.common;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Publishes a feature's past-tense events to the {@link InTransactionListener}s of their type, inside the
 * publisher's reactive transaction: the mail outbox and the audit trail write their rows there, so a mail or an
 * audit entry exists exactly when the change that caused it committed. Reactions that may run later (sending
 * the mail) read those rows; nothing is published after the commit.
 */
@Component
public class DomainEvents {

    private final ObjectProvider<InTransactionListener<?>> listeners;
    // looked up once per event type: asking the bean factory on every publish showed in a profile of the rush
    private final Map<Class<?>, List<InTransactionListener<?>>> byType = new ConcurrentHashMap<>();

    public DomainEvents(ObjectProvider<InTransactionListener<?>> listeners) {
        this.listeners = listeners;
    }

    public Mono<Void> publish(Object event) {
        List<InTransactionListener<?>> interested = byType.computeIfAbsent(
                event.getClass(),
                type -> listeners
                        .orderedStream()
                        .filter(l -> l.type().isAssignableFrom(type))
                        .toList());
        return Flux.fromIterable(interested).concatMap(l -> deliver(l, event)).then();
    }

    @SuppressWarnings("unchecked")
    private static <T> Mono<Void> deliver(InTransactionListener<T> listener, Object event) {
        return listener.onEvent((T) event);
    }
}
