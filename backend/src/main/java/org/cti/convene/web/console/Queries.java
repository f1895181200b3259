package org.cti.convene.web.console;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Query strings of console lists, form-encoded as a browser's GET form sends them (the server reads {@code +}
 * as a space), so that a list's view can travel in links and in a form's hidden {@code back} field.
 */
final class Queries {

    private Queries() {}

    static String encode(Map<String, ?> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static MultiValueMap<String, String> decode(String query) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        if (query == null || query.isBlank()) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    params.add(
                            pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // a broken escape in a tampered field: that parameter is left out
                }
            }
        }
        return params;
    }

    /** {@code path?query}, or the path alone when there is no query. */
    static String link(String path, String query) {
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }
}
