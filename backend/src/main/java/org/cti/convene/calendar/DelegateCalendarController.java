package org.cti.convene.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A delegate's own calendar file and private feed. The token may come as {@code X-Manage-Token} (API) or
 * {@code ?token=} (links in mails and pages); responses are private and never cached by shared caches.
 */
@RestController
@Tag(name = "Calendar")
class DelegateCalendarController {

    private final DelegateCalendars calendars;

    DelegateCalendarController(DelegateCalendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping(
            value = {"/api/v1/registrations/me/calendar.ics", "/my/registration/calendar.ics"},
            produces = "text/calendar")
    @Operation(summary = "The delegate's own calendar file: the event, their sessions, their participation status")
    Mono<ResponseEntity<String>> registrationFile(
            @RequestHeader(name = "X-Manage-Token", required = false) String header,
            @RequestParam(name = "token", required = false) String query) {
        return calendars
                .registrationFile(header != null ? header : query)
                .map(d -> ResponseEntity.ok()
                        .contentType(EventCalendarController.TEXT_CALENDAR)
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(d.fileName())
                                        .build()
                                        .toString())
                        .cacheControl(CacheControl.noStore())
                        .header("Referrer-Policy", "no-referrer")
                        .body(d.text()));
    }

    @GetMapping("/api/v1/registrations/me/calendar-feed")
    @Operation(summary = "The delegate's private subscription feed, as https and webcal URLs")
    Mono<Map<String, String>> feedUrl(
            @RequestHeader(name = "X-Manage-Token", required = false) String header,
            @RequestParam(name = "token", required = false) String query) {
        return calendars
                .feedUrl(header != null ? header : query)
                .map(url -> Map.of("url", url, "webcal", url.replaceFirst("^https?://", "webcal://")));
    }

    /** The page's "subscribe" link: hands the calendar application the webcal address. */
    @GetMapping("/my/registration/calendar-feed")
    @io.swagger.v3.oas.annotations.Hidden
    Mono<ResponseEntity<Void>> subscribe(@RequestParam(name = "token", required = false) String token) {
        return calendars
                .feedUrl(token)
                .map(url -> ResponseEntity.status(org.springframework.http.HttpStatus.SEE_OTHER)
                        .location(java.net.URI.create(url.replaceFirst("^https?://", "webcal://")))
                        .header("Referrer-Policy", "no-referrer")
                        .cacheControl(CacheControl.noStore())
                        .<Void>build());
    }

    @GetMapping(value = "/api/v1/calendar/feeds/{token}.ics", produces = "text/calendar")
    @Operation(
            summary = "A delegate's subscription feed of all their confirmed events",
            description = "Calendar clients poll it; ETag and If-None-Match make an unchanged feed cost a 304.")
    Mono<ResponseEntity<String>> feed(@PathVariable String token) {
        return calendars
                .feed(token)
                .map(text -> ResponseEntity.ok()
                        .contentType(EventCalendarController.TEXT_CALENDAR)
                        .eTag(EventCalendarController.etag(stable(text)))
                        .cacheControl(
                                CacheControl.maxAge(Duration.ofMinutes(15)).cachePrivate())
                        .body(text));
    }

    /** DTSTAMP is the time of the request; the ETag must only change when the content does. */
    private static String stable(String text) {
        return text.replaceAll("(?m)^DTSTAMP:.*\r?$", "");
    }
}
