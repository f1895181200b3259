package org.cti.convene.registration;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Flux;

/**
 * An attendee export ready to download; the body is produced as it is read.
 *
 * @param fileName {@code <slug>-registrations.csv} or {@code .xlsx}
 */
public record AttendeeExport(String fileName, MediaType contentType, Flux<byte[]> body) {

    /** The download as the API and the console serve it: an attachment that no cache keeps (personal data). */
    public ResponseEntity<Flux<byte[]>> toResponse() {
        return ResponseEntity.ok()
                .contentType(contentType)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(body);
    }
}
