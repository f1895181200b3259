package org.cti.convene.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.common.PlausibleTime;
import org.cti.convene.common.StaffRole;
import org.cti.convene.common.StaffUser;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading the audit trail: administrators see everything; organisers see the entries of their events (and only
 * those, so staff accounts and sign-ins stay with administrators).
 */
@Service
public class AuditLog {

    /** A page of entries and how many match in all. */
    public record Page(List<AuditEntry> items, long total) {}

    /** Filters as a reader gives them; the reader's scope is added here. */
    public record Filters(UUID eventId, String actor, String action, Instant from, Instant to, String objectId) {

        /** From query parameters: {@code from}/{@code to} as a date (UTC midnight) or an instant. */
        public static Filters of(UUID eventId, String actor, String action, String from, String to) {
            return new Filters(eventId, actor, action, instant("from", from), instant("to", to), null);
        }

        /** Everything recorded about one object of an event (a registration's history, say). */
        public static Filters about(UUID eventId, UUID objectId) {
            return new Filters(eventId, null, null, null, null, objectId.toString());
        }

        private static Instant instant(String field, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                Instant parsed = value.length() == 10
                        ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : Instant.parse(value);
                return PlausibleTime.Range.clamp(parsed);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(
                        field, "instant", "Give a date (2027-01-31) or an instant (2027-01-31T12:00:00Z).");
            }
        }
    }

    private static final CSVFormat CSV = CSVFormat.RFC4180
            .builder()
            .setHeader("at", "actor", "actorType", "address", "action", "objectType", "objectId", "eventId", "changes")
            .get();

    private final AuditRepository entries;
    private final JsonMapper json;

    AuditLog(AuditRepository entries, JsonMapper json) {
        this.entries = entries;
        this.json = json;
    }

    public Mono<Page> page(StaffUser reader, Filters filters, int limit, int offset) {
        AuditQuery query = query(reader, filters, limit, offset);
        return Mono.zip(entries.find(query).collectList(), entries.count(query))
                .map(t -> new Page(t.getT1(), t.getT2()));
    }

    /** The matching entries (at most {@link AuditQuery#MAX_LIMIT} at a time… times ten) as CSV. */
    public Mono<String> csv(StaffUser reader, Filters filters) {
        return entries.find(query(reader, filters, AuditQuery.MAX_LIMIT * 10, 0))
                .collectList()
                .map(this::csv);
    }

    private String csv(List<AuditEntry> list) {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSV)) {
            for (AuditEntry e : list) {
                printer.printRecord(
                        e.at(),
                        e.actor(),
                        e.actorType(),
                        e.address(),
                        e.action(),
                        e.objectType(),
                        e.objectId(),
                        e.eventId(),
                        json.writeValueAsString(e.changes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static AuditQuery query(StaffUser reader, Filters f, int limit, int offset) {
        boolean admin = reader.role() == StaffRole.ADMIN;
        return new AuditQuery(
                f.eventId(),
                f.objectId(),
                f.actor(),
                f.action(),
                f.from(),
                f.to(),
                admin,
                admin || reader.allEvents() ? null : reader.eventIds(),
                limit,
                offset);
    }
}
