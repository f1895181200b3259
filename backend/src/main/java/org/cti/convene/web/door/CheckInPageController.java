package org.cti.convene.web.door;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cti.convene.checkin.CheckInResult;
import org.cti.convene.checkin.CheckIns;
import org.cti.convene.checkin.ScanRequest;
import org.cti.convene.common.EventAccess;
import org.cti.convene.common.StaffRole;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventSession;
import org.cti.convene.events.Events;
import org.cti.convene.web.TimeFormat;
import org.cti.convene.web.door.CheckInTexts.ScanView;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The door: a page for check-in staff on a phone or a laptop with a hand scanner. Works without JavaScript
 * (the form posts, the page answers); with it, {@code /js/scanner.js} posts the same form in the background,
 * gets the answer as JSON and adds the phone camera where the browser can read QR codes.
 */
@Controller
class CheckInPageController {

    record EventChoice(UUID id, String title, String dates, String venue, boolean organiser) {}

    record SessionChoice(UUID id, String label) {}

    private final CheckIns checkIns;
    private final Events events;
    private final EventAccess access;
    private final CheckInTexts texts;
    private final Clock clock;

    CheckInPageController(CheckIns checkIns, Events events, EventAccess access, CheckInTexts texts, Clock clock) {
        this.checkIns = checkIns;
        this.events = events;
        this.access = access;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/console/check-in")
    Mono<String> page(
            @RequestParam(required = false) String event,
            @RequestParam(required = false) String session,
            Locale locale,
            Model model) {
        UUID eventId = uuid(event);
        return eventId == null ? picker(locale, model) : scanner(eventId, uuid(session), null, locale, model);
    }

    @PostMapping(path = "/console/check-in", produces = MediaType.TEXT_HTML_VALUE)
    Mono<String> scan(ServerWebExchange exchange, Locale locale, Model model) {
        return exchange.getFormData().flatMap(form -> {
            Scan scan = Scan.of(form);
            if (scan.eventId() == null) {
                return Mono.just("redirect:/console/check-in");
            }
            return result(scan).flatMap(result -> scanner(scan.eventId(), scan.sessionId(), result, locale, model));
        });
    }

    /** The same scan for scanner.js: the answer already worded in the page's language. */
    @PostMapping(path = "/console/check-in", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Mono<ScanView> scanJson(ServerWebExchange exchange, Locale locale) {
        return exchange.getFormData().flatMap(form -> {
            Scan scan = Scan.of(form);
            if (scan.eventId() == null) {
                return Mono.error(new org.cti.convene.common.InvalidInputException("event", "is required"));
            }
            return events.find(scan.eventId())
                    .zipWith(result(scan))
                    .map(t -> texts.view(t.getT2(), t.getT1().venue().zone(), locale, clock.instant()));
        });
    }

    private record Scan(UUID eventId, UUID sessionId, String payload) {
        static Scan of(MultiValueMap<String, String> form) {
            return new Scan(uuid(form.getFirst("event")), uuid(form.getFirst("session")), form.getFirst("payload"));
        }
    }

    private Mono<CheckInResult> result(Scan scan) {
        return access.require(scan.eventId())
                .flatMap(staff ->
                        checkIns.scan(new ScanRequest(scan.payload(), scan.sessionId(), scan.eventId()), staff));
    }

    private Mono<String> scanner(UUID eventId, UUID sessionId, CheckInResult result, Locale locale, Model model) {
        return access.require(eventId).zipWith(events.find(eventId)).map(t -> {
            Event event = t.getT2();
            TimeFormat time = new TimeFormat(event.venue().zone(), locale);
            String language = locale.getLanguage();
            List<SessionChoice> sessions = event.sessions().stream()
                    .sorted(Comparator.comparing(EventSession::startsAt))
                    .map(s -> new SessionChoice(
                            s.id(),
                            time.shortDate(s.startsAt()) + " " + time.time(s.startsAt()) + "–" + time.time(s.endsAt())
                                    + " · " + s.titleIn(language)))
                    .toList();
            boolean known = sessionId != null && sessions.stream().anyMatch(s -> s.id().equals(sessionId));
            model.addAttribute("eventId", eventId);
            model.addAttribute("eventTitle", event.titleIn(language));
            model.addAttribute(
                    "dates",
                    time.span(event.startsAt(), event.endsAt()) + " · "
                            + event.venue().label());
            model.addAttribute("sessions", sessions);
            model.addAttribute("selectedSession", known ? sessionId : null);
            model.addAttribute("organiser", t.getT1().role() != StaffRole.CHECKIN);
            model.addAttribute(
                    "scan",
                    result == null ? null : texts.view(result, event.venue().zone(), locale, clock.instant()));
            return "checkin/scanner";
        });
    }

    private Mono<String> picker(Locale locale, Model model) {
        return access.current()
                .flatMap(staff -> events.upcoming(clock.instant(), null)
                        .filter(e -> staff.mayWorkOn(e.id()))
                        .map(e -> {
                            TimeFormat time = new TimeFormat(e.venue().zone(), locale);
                            return new EventChoice(
                                    e.id(),
                                    e.titleIn(locale.getLanguage()),
                                    time.span(e.startsAt(), e.endsAt()),
                                    e.venue().label(),
                                    staff.role() != StaffRole.CHECKIN);
                        })
                        .collectList()
                        .map(choices -> {
                            model.addAttribute("events", choices);
                            return "checkin/events";
                        }));
    }

    static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
