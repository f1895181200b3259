package org.cti.convene.common;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Publishes a feature's past-tense events twice: first to {@link TransactionalEventListener}s, which run
 * inside the publisher's reactive transaction (the mail outbox writes its rows there, so a mail exists
 * exactly when the change that caused it committed); then, after the commit, to Spring's
 * {@link ApplicationEventPublisher} for reactions that may be lost or repeated safely.
 */
@Component
public class DomainEvents {

    private final ObjectProvider<TransactionalEventListener<?>> listeners;
    private final ApplicationEventPublisher publisher;

    public DomainEvents(ObjectProvider<TransactionalEventListener<?>> listeners, ApplicationEventPublisher publisher) {
        this.listeners = listeners;
        this.publisher = publisher;
    }

    public Mono<Void> publish(Object event) {
        List<TransactionalEventListener<?>> interested = listeners
                .orderedStream()
                .filter(l -> l.type().isInstance(event))
                .toList();
        Mono<Void> inTransaction =
                Flux.fromIterable(interested).concatMap(l -> deliver(l, event)).then();
        return inTransaction.then(afterCommit(event));
    }

    @SuppressWarnings("unchecked")
    private static <T> Mono<Void> deliver(TransactionalEventListener<T> listener, Object event) {
        return listener.onEvent((T) event);
    }

    private Mono<Void> afterCommit(Object event) {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .flatMap(tsm -> {
                    if (!tsm.isSynchronizationActive()) {
                        publisher.publishEvent(event);
                        return Mono.empty();
                    }
                    tsm.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public Mono<Void> afterCommit() {
                            return Mono.fromRunnable(() -> publisher.publishEvent(event));
                        }
                    });
                    return Mono.<Void>empty();
                })
                .onErrorResume(
                        org.springframework.transaction.NoTransactionException.class,
                        e -> Mono.fromRunnable(() -> publisher.publishEvent(event)));
    }
}
