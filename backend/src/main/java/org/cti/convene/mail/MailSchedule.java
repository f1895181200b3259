package org.cti.convene.mail;

import org.cti.convene.common.AdmissionControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * When the outbox is worked off, so that mail never competes with a registration rush. Rendering a mail
 * (Thymeleaf, iCal4j, MIME) costs more CPU than registering the person it is for; while the instance has more
 * than {@code convene.mail.busy-above} requests in flight it sends only {@code convene.mail.busy-batch} mails per
 * poll, one at a time, and catches up at full pace as soon as the rush is over. Instances started with
 * {@code convene.mail.send=false} (env {@code CONVENE_MAIL_SEND}) never send: a deployment can leave mail to
 * instances that serve no delegates.
 */
@Component
class MailSchedule {

    private static final Logger log = LoggerFactory.getLogger(MailSchedule.class);

    private final MailDispatcher dispatcher;
    private final AdmissionControl admission;
    private final boolean send;
    private final int busyAbove;
    private final int busyBatch;

    MailSchedule(
            MailDispatcher dispatcher,
            AdmissionControl admission,
            @Value("${convene.mail.send:true}") boolean send,
            @Value("${convene.mail.busy-above:8}") int busyAbove,
            @Value("${convene.mail.busy-batch:2}") int busyBatch) {
        this.dispatcher = dispatcher;
        this.admission = admission;
        this.send = send;
        this.busyAbove = busyAbove;
        this.busyBatch = Math.max(1, busyBatch);
    }

    @Scheduled(
            fixedDelayString = "${convene.mail.poll-interval:2s}",
            initialDelayString = "${convene.mail.poll-interval:2s}")
    Mono<Long> poll() {
        if (!send) {
            return Mono.just(0L);
        }
        return Mono.defer(() -> busy() ? dispatcher.atMost(busyBatch, 1) : dispatcher.drain())
                .onErrorResume(e -> {
                    log.warn("Mail outbox not reachable, trying again later: {}", e.toString());
                    return Mono.just(0L);
                });
    }

    boolean busy() {
        return admission.inFlight() > busyAbove;
    }
}
