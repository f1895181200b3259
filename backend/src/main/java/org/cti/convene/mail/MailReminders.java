package org.cti.convene.mail;

import java.time.Clock;
import java.time.Instant;
import org.cti.convene.events.Event;
import org.cti.convene.events.Events;
import org.cti.convene.mail.templates.MailKind;
import org.cti.convene.registration.AttendeeLists;
import org.cti.convene.registration.AttendeeQuery;
import org.cti.convene.registration.RegistrationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Queues one reminder per confirmed registration once its event starts within {@code convene.mail.reminder-lead}.
 * The key {@code reminder:<registration>} makes it once whatever the number of runs or instances.
 */
@Component
class MailReminders {

    private static final Logger log = LoggerFactory.getLogger(MailReminders.class);

    private final Events events;
    private final AttendeeLists attendees;
    private final MailOutbox outbox;
    private final MailSettings settings;
    private final Clock clock;

    MailReminders(Events events, AttendeeLists attendees, MailOutbox outbox, MailSettings settings, Clock clock) {
        this.events = events;
        this.attendees = attendees;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${convene.mail.reminder-interval:10m}", initialDelayString = "PT20S")
    Mono<Void> run() {
        return Mono.defer(this::queueDue)
                .onErrorResume(e -> {
                    log.warn("Reminders not queued this time: {}", e.toString());
                    return Mono.empty();
                })
                .then();
    }

    /** Queues the reminders that are due now; emits how many events were looked at. */
    Mono<Long> queueDue() {
        return Mono.defer(() -> {
            Instant now = clock.instant();
            Instant horizon = now.plus(settings.reminderLead());
            return events.upcoming(now, null)
                    .filter(e -> e.startsAt().isAfter(now) && !e.startsAt().isAfter(horizon))
                    .concatMap(e -> remind(e).thenReturn(e))
                    .count();
        });
    }

    private Mono<Void> remind(Event event) {
        var confirmed =
                new AttendeeQuery(RegistrationStatus.CONFIRMED, null, null, null, null, 0, AttendeeQuery.MAX_SIZE);
        return attendees
                .all(event.id(), confirmed)
                .concatMap(r -> outbox.enqueue(
                        MailKind.REMINDER,
                        MailOutbox.key(MailKind.REMINDER, r.id()),
                        r,
                        event,
                        MailOutbox.facts(MailKind.REMINDER, r, event)))
                .then();
    }
}
