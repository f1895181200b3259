package org.cti.convene.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The public calendar file of an event. The language comes from {@code ?lang=} only, never from a cookie or
 * Accept-Language, so that the URL alone decides the body and shared caches may keep it. The ETag is a hash
 * of the body; WebFlux answers a matching If-None-Match with 304.
 */
@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Calendar", description = "Events as iCalendar (RFC 5545) files")
class EventCalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    /** Short enough that an edited event reaches new downloads within minutes. */
    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final EventCalendars calendars;

    EventCalendarController(EventCalendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping(value = "/{id}/calendar.ics", produces = "text/calendar")
    @Operation(
            summary = "One published event with its programme as an iCalendar file, by id or slug",
            description = "Times are in the venue's zone with its VTIMEZONE; the UID never changes and SEQUENCE "
                    + "grows with every change of time, place or programme. Supports If-None-Match.")
    @ApiResponse(
            responseCode = "200",
            description = "the calendar file",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "304", description = "the file is unchanged since the ETag sent")
    @ApiResponse(
            responseCode = "404",
            description = "no published event with this id or slug",
            content = @Content(mediaType = "application/problem+json"))
    Mono<ResponseEntity<String>> eventFile(
            @PathVariable String id,
            @Parameter(description = "language of the texts, e.g. fr (default en; English where the event has none)")
                    @RequestParam(required = false)
                    String lang) {
        return calendars
                .download(id, lang)
                .map(download -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(download.fileName())
                                        .build()
                                        .toString())
                        .eTag(etag(download.text()))
                        .cacheControl(CACHE)
                        .body(download.text()));
    }

    static String etag(String body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
