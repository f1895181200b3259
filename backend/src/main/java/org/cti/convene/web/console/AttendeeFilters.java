package org.cti.convene.web.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.cti.convene.registration.AttendeeQuery;
import org.cti.convene.registration.AttendeeSort;
import org.cti.convene.registration.ParticipantRole;
import org.cti.convene.registration.RegistrationStatus;
import org.springframework.util.MultiValueMap;

/**
 * What the attendee list page shows: search, filters, order and page, read leniently from the address (a
 * value that does not parse is ignored, never an error page) and written back into links, so that sorting,
 * paging, exporting and moderating keep the reader's view. {@code page} counts from 1. Methods the template
 * calls are public: SpEL only sees public methods.
 */
record AttendeeFilters(
        String q,
        RegistrationStatus status,
        String country,
        ParticipantRole role,
        UUID session,
        AttendeeSort sort,
        boolean descending,
        int page,
        int size) {

    static final int DEFAULT_SIZE = 50;
    static final List<Integer> SIZES = List.of(25, 50, 100, 200);
    private static final int MIN_SIZE = 10;
    private static final int MAX_SIZE = 200;

    static AttendeeFilters of(MultiValueMap<String, String> params) {
        String q = params.getFirst("q");
        String country = params.getFirst("country");
        return new AttendeeFilters(
                q == null || q.isBlank()
                        ? null
                        : q.strip().substring(0, Math.min(q.strip().length(), 200)),
                parse(RegistrationStatus.class, params.getFirst("status")),
                country != null && country.strip().matches("[A-Za-z]{2}")
                        ? country.strip().toUpperCase(Locale.ROOT)
                        : null,
                parse(ParticipantRole.class, params.getFirst("role")),
                uuid(params.getFirst("session")),
                parse(AttendeeSort.class, params.getFirst("sort")),
                "desc".equals(params.getFirst("dir")),
                Math.max(number(params.getFirst("page"), 1), 1),
                Math.clamp(number(params.getFirst("size"), DEFAULT_SIZE), MIN_SIZE, MAX_SIZE));
    }

    /** The filters of a query string written by {@link #query()} (a form's hidden {@code back} field). */
    static AttendeeFilters ofQuery(String query) {
        return of(Queries.decode(query));
    }

    /** The filters as the attendee list and the exports read them. */
    AttendeeQuery attendeeQuery() {
        return new AttendeeQuery(status, country, role, session, q, page - 1, size, sort, descending);
    }

    /** The address's query string (without the leading {@code ?}), for links and for coming back after a form. */
    public String query() {
        Map<String, Object> params = filters();
        if (sort != null) {
            params.put("sort", sort.name().toLowerCase(Locale.ROOT));
        }
        if (descending) {
            params.put("dir", "desc");
        }
        if (page > 1) {
            params.put("page", page);
        }
        if (size != DEFAULT_SIZE) {
            params.put("size", size);
        }
        return Queries.encode(params);
    }

    /** This view at {@code path} (the list, or a page that comes back to it). */
    public String link(String path) {
        return Queries.link(path, query());
    }

    /** The export at {@code path} with these filters and order; no page, as an export has every match. */
    public String exportLink(String path) {
        return withPage(1).withSize(DEFAULT_SIZE).link(path);
    }

    public AttendeeFilters withPage(int page) {
        return new AttendeeFilters(q, status, country, role, session, sort, descending, page, size);
    }

    AttendeeFilters withSize(int size) {
        return new AttendeeFilters(q, status, country, role, session, sort, descending, page, size);
    }

    /** Another status (null: every status), from the first page. */
    public AttendeeFilters withStatus(RegistrationStatus status) {
        return new AttendeeFilters(q, status, country, role, session, sort, descending, 1, size);
    }

    /** The link of a column header: sorted by it, ascending first, reversed when it already is ascending. */
    public String sortLink(String column, String path) {
        AttendeeSort by = AttendeeSort.valueOf(column);
        boolean reverse = effectiveSort() == by && !descending;
        return new AttendeeFilters(q, status, country, role, session, by, reverse, 1, size).link(path);
    }

    /** {@code aria-sort} of a column header, null when the list is not sorted by it. */
    public String ariaSort(String column) {
        if (effectiveSort() != AttendeeSort.valueOf(column)) {
            return null;
        }
        return descending ? "descending" : "ascending";
    }

    public boolean filtered() {
        return q != null || status != null || country != null || role != null || session != null;
    }

    public List<Integer> sizes() {
        return SIZES.contains(size)
                ? SIZES
                : Stream.concat(SIZES.stream(), Stream.of(size)).sorted().toList();
    }

    private AttendeeSort effectiveSort() {
        return sort == null ? AttendeeSort.NAME : sort;
    }

    private Map<String, Object> filters() {
        Map<String, Object> params = new LinkedHashMap<>();
        if (q != null) {
            params.put("q", q);
        }
        if (status != null) {
            params.put("status", status.name());
        }
        if (country != null) {
            params.put("country", country);
        }
        if (role != null) {
            params.put("role", role.name());
        }
        if (session != null) {
            params.put("session", session);
        }
        return params;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int number(String value, int otherwise) {
        try {
            return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
