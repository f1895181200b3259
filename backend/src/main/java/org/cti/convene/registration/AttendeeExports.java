package org.cti.convene.registration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cti.convene.common.Countries.RegionalGroup;
import org.cti.convene.common.DomainEvents;
import org.cti.convene.events.Event;
import org.cti.convene.events.Events;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The attendee list as a file for the secretariat: CSV (UTF-8 with a byte-order mark, so that Excel reads
 * names in any script right) or XLSX, with the list's filters and order. Values that a spreadsheet would
 * run as a formula are neutralised ({@link SpreadsheetText}). The caller checks who may export.
 */
@Service
public class AttendeeExports {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    static final String BOM = "\uFEFF";
    static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();
    private static final int ROWS_PER_CHUNK = 200;

    private final AttendeeLists lists;
    private final Events events;

    private final DomainEvents domainEvents;
    private final MessageSource messages;

    AttendeeExports(AttendeeLists lists, Events events, DomainEvents domainEvents, MessageSource messages) {
        this.messages = messages;
        this.lists = lists;
        this.events = events;
        this.domainEvents = domainEvents;
    }

    /** Who exported what is in the audit trail, whichever door (API or console) the export went through. */
    private Mono<Void> recorded(String action, UUID eventId, AttendeeQuery q) {
        return domainEvents.publish(q.read(action, eventId));
    }

    /** Rows are written as they come from the database, a few hundred per chunk. */
    public Mono<AttendeeExport> csv(UUID eventId, AttendeeQuery query, Locale locale) {
        return recorded("export.csv", eventId, query).then(events.find(eventId)).map(event -> {
            ExportColumns columns = ExportColumns.of(event, locale, group -> groupName(group, locale));
            Flux<byte[]> header = Mono.fromCallable(() -> utf8(BOM + csv(List.of(columns.headers()))))
                    .flux();
            Flux<byte[]> rows = lists.all(eventId, query)
                    .map(r -> columns.texts(r).stream()
                            .map(SpreadsheetText::forCsv)
                            .toList())
                    .buffer(ROWS_PER_CHUNK)
                    .map(batch -> utf8(csv(batch)));
            return new AttendeeExport(fileName(event, "csv"), CSV, Flux.concat(header, rows));
        });
    }

    /** Built on a worker thread (POI writes temporary files); the event loop only hands over the bytes. */
    public Mono<AttendeeExport> xlsx(UUID eventId, AttendeeQuery query, Locale locale) {
        return recorded("export.xlsx", eventId, query)
                .then(events.find(eventId))
                .map(event -> {
                    ExportColumns columns = ExportColumns.of(event, locale, group -> groupName(group, locale));
                    Mono<byte[]> file = Mono.using(
                                    () -> new AttendeeWorkbook(columns.headers()),
                                    book -> lists.all(eventId, query)
                                            .publishOn(Schedulers.boundedElastic())
                                            .doOnNext(r -> book.add(columns.values(r)))
                                            .then(Mono.fromCallable(book::finish)),
                                    AttendeeExports::closeQuietly)
                            .subscribeOn(Schedulers.boundedElastic());
                    return new AttendeeExport(fileName(event, "xlsx"), XLSX, file.flux());
                });
    }

    private static String fileName(Event event, String extension) {
        return event.slug() + "-registrations." + extension;
    }

    private static String csv(List<? extends List<String>> records) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (List<String> record : records) {
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void closeQuietly(AttendeeWorkbook book) {
        try {
            book.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String groupName(RegionalGroup group, Locale locale) {
        return messages.getMessage("console.group." + group.name(), null, group.name(), locale);
    }
}
