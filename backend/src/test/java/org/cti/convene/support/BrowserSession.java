package org.cti.convene.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * A browser as the pages see it: it keeps the cookies it is given (the session that holds the CSRF token,
 * the language), asks for HTML in one language, and sends forms with the hidden {@code _csrf} field of the
 * last page it loaded, as a real form submit would.
 */
public final class BrowserSession {

    /** One answer: status, headers and the HTML. */
    public record Page(int status, HttpHeaders headers, String html) {

        /** The value of the first input with this name, as the browser would submit it. */
        public String input(String name) {
            Matcher tag = Pattern.compile("<input[^>]*\\bname=\"" + Pattern.quote(name) + "\"[^>]*>")
                    .matcher(html);
            assertThat(tag.find()).as("an input named %s", name).isTrue();
            Matcher value = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(tag.group());
            return value.find() ? unescape(value.group(1)) : "";
        }

        /** The whole tag of the first input, select or textarea with this name. */
        public String field(String name) {
            Matcher tag = Pattern.compile("<(input|select|textarea)[^>]*\\bname=\"" + Pattern.quote(name) + "\"[^>]*>")
                    .matcher(html);
            assertThat(tag.find()).as("a field named %s", name).isTrue();
            return tag.group();
        }

        /** The first link whose address starts with this path, unescaped; the language switcher's are skipped. */
        public String link(String pathPrefix) {
            Matcher href = Pattern.compile("href=\"(" + Pattern.quote(pathPrefix) + "[^\"]*)\"")
                    .matcher(html);
            while (href.find()) {
                String link = unescape(href.group(1));
                if (!link.matches(".*[?&]lang=[a-z]+$")) {
                    return link;
                }
            }
            throw new AssertionError("no link to " + pathPrefix);
        }

        public String location() {
            return headers.getLocation() == null ? null : headers.getLocation().toString();
        }
    }

    private final WebTestClient client;
    private final String language;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private Page last;

    /** Generous: the first render of a page parses its templates, and the build machine is shared. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    public BrowserSession(WebTestClient client, String language) {
        this.client = client.mutate().responseTimeout(PATIENCE).build();
        this.language = language;
    }

    public Page get(String url) {
        return remember(client.get()
                .uri(url)
                .accept(MediaType.TEXT_HTML)
                .header("Accept-Language", language)
                .cookies(c -> cookies.forEach(c::add))
                .exchange()
                .expectBody(String.class)
                .returnResult());
    }

    /** Submits a form with the CSRF field of the last page, like the browser submitting a form on it. */
    public Page post(String url, MultiValueMap<String, String> form) {
        MultiValueMap<String, String> sent = new LinkedMultiValueMap<>(form);
        if (!sent.containsKey("_csrf")) {
            assertThat(last).as("a page loaded before posting").isNotNull();
            sent.add("_csrf", last.input("_csrf"));
        }
        return postAsIs(url, sent);
    }

    /** Submits exactly these fields, e.g. without the CSRF field. */
    public Page postAsIs(String url, MultiValueMap<String, String> form) {
        return remember(client.post()
                .uri(url)
                .accept(MediaType.TEXT_HTML)
                .header("Accept-Language", language)
                .cookies(c -> cookies.forEach(c::add))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form))
                .exchange()
                .expectBody(String.class)
                .returnResult());
    }

    public Page last() {
        return last;
    }

    public static MultiValueMap<String, String> form(String... namesAndValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    private Page remember(EntityExchangeResult<String> result) {
        for (var entry : result.getResponseCookies().entrySet()) {
            ResponseCookie cookie = entry.getValue().getLast();
            if (cookie.getMaxAge().isZero()) {
                cookies.remove(entry.getKey());
            } else {
                cookies.put(entry.getKey(), cookie.getValue());
            }
        }
        String body = result.getResponseBody();
        last = new Page(result.getStatus().value(), result.getResponseHeaders(), body == null ? "" : body);
        return last;
    }

    static String unescape(String html) {
        return html.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
