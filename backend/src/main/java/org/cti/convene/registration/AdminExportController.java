package org.cti.convene.registration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.UUID;
import org.cti.convene.common.EventAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Registration (organisers)", description = "Attendee lists and moderation")
@SecurityRequirement(name = "basic")
class AdminExportController {

    private final AttendeeExports exports;
    private final AttendeeLists lists;
    private final EventAccess access;

    AdminExportController(AttendeeExports exports, AttendeeLists lists, EventAccess access) {
        this.exports = exports;
        this.lists = lists;
        this.access = access;
    }

    @GetMapping("/api/v1/admin/events/{id}/registrations.csv")
    @Operation(
            summary = "The attendee list as CSV (UTF-8 with BOM), with the list's filters and order",
            description = "One row per registration; values a spreadsheet would run as a formula start with '.")
    Mono<ResponseEntity<Flux<byte[]>>> csv(
            @PathVariable UUID id,
            @RequestParam(required = false) RegistrationStatus status,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) ParticipantRole role,
            @RequestParam(required = false) UUID sessionId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) AttendeeSort sort,
            @RequestParam(defaultValue = "false") boolean descending,
            Locale locale) {
        AttendeeQuery query = new AttendeeQuery(status, country, role, sessionId, q, 0, 0, sort, descending);
        return access.require(id).then(exports.csv(id, query, locale)).map(AttendeeExport::toResponse);
    }

    @GetMapping("/api/v1/admin/events/{id}/registrations.xlsx")
    @Operation(
            summary = "The attendee list as an XLSX workbook, with the list's filters and order",
            description = "Frozen header and auto-filter; every text is a plain string cell, never a formula.")
    Mono<ResponseEntity<Flux<byte[]>>> xlsx(
            @PathVariable UUID id,
            @RequestParam(required = false) RegistrationStatus status,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) ParticipantRole role,
            @RequestParam(required = false) UUID sessionId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) AttendeeSort sort,
            @RequestParam(defaultValue = "false") boolean descending,
            Locale locale) {
        AttendeeQuery query = new AttendeeQuery(status, country, role, sessionId, q, 0, 0, sort, descending);
        return access.require(id).then(exports.xlsx(id, query, locale)).map(AttendeeExport::toResponse);
    }

    @GetMapping("/api/v1/admin/events/{id}/counts")
    @Operation(
            summary = "Registrations by status, and live ones by country and UN M49 region",
            description = "Live means pending approval, confirmed or waiting; country names follow Accept-Language.")
    Mono<AttendeeCounts> counts(@PathVariable UUID id, Locale locale) {
        return access.require(id).then(lists.counts(id, locale));
    }
}
