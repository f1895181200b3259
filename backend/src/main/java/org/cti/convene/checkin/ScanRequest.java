package org.cti.convene.checkin;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/**
 * One scan at a door.
 *
 * @param payload the QR text as the camera or the hand scanner read it (surrounding whitespace is ignored)
 * @param sessionId the programme session the door admits to; null for the event itself
 * @param eventId the event the door is for; a badge of another event is then {@code WRONG_EVENT}
 */
@Schema(name = "ScanRequest")
public record ScanRequest(String payload, UUID sessionId, UUID eventId) {}
