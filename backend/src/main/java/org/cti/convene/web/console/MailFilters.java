package org.cti.convene.web.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.mail.MailLogQuery;
import org.cti.convene.mail.MailStatus;
import org.springframework.util.MultiValueMap;

/**
 * The mail log's view (status, part of the address, event, page from 1), read leniently from the address and
 * kept in links and in the resend form's {@code back} field. Methods the template calls are public.
 */
record MailFilters(MailStatus status, String to, UUID event, int page) {

    static MailFilters of(MultiValueMap<String, String> params) {
        String to = params.getFirst("to");
        return new MailFilters(
                status(params.getFirst("status")),
                to == null || to.isBlank() ? null : to.strip(),
                uuid(params.getFirst("event")),
                Math.max(number(params.getFirst("page")), 1));
    }

    MailLogQuery mailLogQuery(int size) {
        return new MailLogQuery(status, to, event, page - 1, size);
    }

    public String query() {
        Map<String, Object> params = new LinkedHashMap<>();
        if (status != null) {
            params.put("status", status.name());
        }
        if (to != null) {
            params.put("to", to);
        }
        if (event != null) {
            params.put("event", event);
        }
        if (page > 1) {
            params.put("page", page);
        }
        return Queries.encode(params);
    }

    public MailFilters withPage(int page) {
        return new MailFilters(status, to, event, page);
    }

    public boolean filtered() {
        return status != null || to != null || event != null;
    }

    private static MailStatus status(String value) {
        try {
            return value == null || value.isBlank() ? null : MailStatus.valueOf(value.strip());
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

    private static int number(String value) {
        try {
            return value == null ? 1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
