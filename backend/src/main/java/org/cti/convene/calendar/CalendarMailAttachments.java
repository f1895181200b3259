package org.cti.convene.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.cti.convene.events.Events;
import org.cti.convene.mail.Attachment;
import org.cti.convene.mail.AttachmentRequest;
import org.cti.convene.mail.MailAttachments;
import org.cti.convene.registration.Registration;
import org.cti.convene.registration.RegistrationStatus;
import org.cti.convene.registration.Registrations;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the delegate's calendar entry into the mails that change it: an invitation (METHOD:REQUEST) when a
 * seat is confirmed or the event moves, a METHOD:CANCEL when the registration or the event is cancelled —
 * with the event's stable UID and current SEQUENCE, so Outlook, Google and Apple update or remove the entry
 * in place. Only for events still in the recipient's future.
 */
@Component
class CalendarMailAttachments implements MailAttachments {

    private static final Set<String> INVITING =
            Set.of("REGISTRATION_CONFIRMED", "PROMOTED", "APPROVED", "EVENT_CHANGED", "REMINDER", "MANAGE_LINK");
    private static final Set<String> CANCELLING =
            Set.of("CANCELLED_BY_DELEGATE", "SUBSTITUTED", "DECLINED", "EVENT_CANCELLED");

    private final Registrations registrations;
    private final Events events;
    private final DelegateCalendars calendars;
    private final Clock clock;

    CalendarMailAttachments(Registrations registrations, Events events, DelegateCalendars calendars, Clock clock) {
        this.registrations = registrations;
        this.events = events;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Override
    public Mono<List<Attachment>> attachmentsFor(AttachmentRequest mail) {
        if ("INVITATION_DECLINED".equals(mail.kindName()) && mail.eventId() != null) {
            // the invitation carried a REQUEST: the decline takes the entry out of the invitee's calendar
            return events.find(mail.eventId())
                    .map(event -> List.of(new Attachment(
                            "cancel.ics",
                            "text/calendar; charset=UTF-8; method=CANCEL",
                            calendars
                                    .invitationCancelFor(
                                            event,
                                            mail.recipientName(),
                                            mail.recipientEmail(),
                                            mail.language().getLanguage())
                                    .getBytes(StandardCharsets.UTF_8))))
                    .defaultIfEmpty(List.of());
        }
        if ("INVITATION".equals(mail.kindName()) && mail.eventId() != null) {
            return events.find(mail.eventId())
                    .filter(event -> !event.isOver(clock.instant()))
                    .map(event -> List.of(new Attachment(
                            "invite.ics",
                            "text/calendar; charset=UTF-8; method=REQUEST",
                            calendars
                                    .invitationFor(
                                            event,
                                            mail.recipientName(),
                                            mail.recipientEmail(),
                                            mail.language().getLanguage())
                                    .getBytes(StandardCharsets.UTF_8))))
                    .defaultIfEmpty(List.of());
        }
        if (mail.registrationId() == null
                || !(INVITING.contains(mail.kindName()) || CANCELLING.contains(mail.kindName()))) {
            return Mono.just(List.of());
        }
        return registrations
                .find(mail.registrationId())
                .zipWhen(r -> events.find(r.eventId()))
                .flatMap(found -> {
                    Registration r = found.getT1();
                    if (found.getT2().isOver(clock.instant()) || !worthAnEntry(r, mail.kindName())) {
                        return Mono.just(List.<Attachment>of());
                    }
                    return calendars.mailAttachment(r).map(ics -> {
                        String method = ics.contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
                        return List.of(new Attachment(
                                method.equals("CANCEL") ? "cancel.ics" : "invite.ics",
                                "text/calendar; charset=UTF-8; method=" + method,
                                ics.getBytes(StandardCharsets.UTF_8)));
                    });
                });
    }

    /** Waiting or pending delegates get no entry yet; a cancellation only matters to someone who had one. */
    private static boolean worthAnEntry(Registration r, String kind) {
        if (CANCELLING.contains(kind)) {
            return true;
        }
        return r.status() == RegistrationStatus.CONFIRMED;
    }
}
