package org.cti.convene.checkin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.cti.convene.common.EventAccess;
import org.cti.convene.common.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Check-in", description = "Scanning badges at the door, and attendance")
@SecurityRequirement(name = "basic")
class CheckInController {

    private final CheckIns checkIns;
    private final EventAccess access;

    CheckInController(CheckIns checkIns, EventAccess access) {
        this.checkIns = checkIns;
        this.access = access;
    }

    @PostMapping(path = "/api/v1/check-in", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Verify a scanned badge and record the presence (check-in staff and above)",
            description = "Always 200 for a scan, whatever the badge: result ADMITTED, ALREADY_CHECKED_IN (with "
                    + "checkedInAt and checkedInBy), NOT_CONFIRMED, WRONG_EVENT or INVALID, with a reason for "
                    + "refusals. sessionId records the presence for one session of the programme instead of the "
                    + "event; eventId names the event the door is for.")
    Mono<CheckInResult> scan(@RequestBody ScanRequest request) {
        if (request == null) {
            return Mono.error(new InvalidInputException("payload", "NotNull", "is required"));
        }
        return access.current().flatMap(staff -> checkIns.scan(request, staff));
    }

    @GetMapping("/api/v1/admin/events/{id}/attendance")
    @Operation(
            summary = "Confirmed participants against presences, for the event and each session, with the "
                    + "latest scans")
    Mono<Attendance> attendance(@PathVariable UUID id) {
        return access.require(id).then(checkIns.attendance(id));
    }
}
