package org.cti.convene.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * A browser as the console sees it: it keeps the session cookie (which changes at sign-in), reads the
 * CSRF token from the forms of the pages it fetches and sends it with every form it posts. Requests
 * accept HTML, so failures come back as pages. Not thread-safe; one per test.
 *
 * <pre>{@code
 * ConsoleSession browser = ConsoleSession.signIn(client, Staff.ORGANISER);
 * String html = browser.page("/console/events");
 * browser.post("/console/events/" + id + "/publish", Map.of()); // 303 to the event
 * }</pre>
 */
public final class ConsoleSession {

    public static final String SESSION_COOKIE = "CONVENE_SESSION";

    private static final Pattern CSRF_FIELD = Pattern.compile("<input[^>]*\\bname=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    private final WebTestClient client;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;
    private boolean signedIn;
    private String language = "en";

    private ConsoleSession(WebTestClient client) {
        this.client = client;
    }

    /** A browser that has not signed in. */
    public static ConsoleSession anonymous(WebTestClient client) {
        return new ConsoleSession(client);
    }

    /** Signs in with the test password of {@link Staff} for that account. */
    public static ConsoleSession signIn(WebTestClient client, String email) {
        return signIn(client, email, Staff.ADMIN.equals(email) ? Staff.ADMIN_PASSWORD : Staff.PASSWORD);
    }

    /** Fetches the sign-in page, posts the credentials with its CSRF token and checks the redirect. */
    public static ConsoleSession signIn(WebTestClient client, String email, String password) {
        ConsoleSession session = new ConsoleSession(client);
        session.page("/console/login");
        EntityExchangeResult<String> result =
                session.post("/console/login", Map.of("username", email, "password", password));
        assertThat(result.getStatus().is3xxRedirection())
                .as("signing in as %s answers a redirect", email)
                .isTrue();
        assertThat(result.getResponseHeaders().getLocation())
                .as("signing in as %s succeeds", email)
                .hasToString("/console");
        session.signedIn = true;
        session.csrf = null; // read a fresh one from the next page
        return session;
    }

    /** The language asked for with {@code Accept-Language} (English by default). */
    public ConsoleSession language(String language) {
        this.language = language;
        return this;
    }

    public String sessionId() {
        return cookies.get(SESSION_COOKIE);
    }

    /** The same browser (its cookies) talking to another instance, as behind a load balancer. */
    public ConsoleSession via(WebTestClient other) {
        ConsoleSession copy = new ConsoleSession(other);
        copy.cookies.putAll(cookies);
        copy.signedIn = signedIn;
        copy.language = language;
        return copy;
    }

    /** The value of a cookie the browser holds, or null. */
    public String cookie(String name) {
        return cookies.get(name);
    }

    /** The CSRF token of this session, read from a console page when none is known yet. */
    public String csrf() {
        if (csrf == null) {
            page(signedIn ? "/console/events" : "/console/login");
        }
        assertThat(csrf).as("the page carries a CSRF token").isNotNull();
        return csrf;
    }

    /** GETs a page that must answer 200 and returns its HTML. */
    public String page(String path) {
        EntityExchangeResult<String> result = get(path);
        assertThat(result.getStatus()).as("GET %s", path).isEqualTo(HttpStatus.OK);
        return result.getResponseBody();
    }

    public EntityExchangeResult<String> get(String path) {
        EntityExchangeResult<String> result = client.get()
                .uri(path)
                .accept(MediaType.TEXT_HTML)
                .header("Accept-Language", language)
                .cookies(c -> cookies.forEach(c::add))
                .exchange()
                .expectBody(String.class)
                .returnResult();
        return remember(result);
    }

    /** POSTs a form with this session's CSRF token added. Values may be strings or lists of strings. */
    public EntityExchangeResult<String> post(String path, Map<String, ?> fields) {
        MultiValueMap<String, String> form = form(fields);
        form.set("_csrf", csrf());
        return send(path, form);
    }

    /**
     * What a browser would send if the user submitted the form of {@code html} whose action is {@code action}
     * without touching anything: every field with its current value, ticked boxes, selected options.
     */
    public static Map<String, java.util.List<String>> untouched(String html, String action) {
        var form = (org.jsoup.nodes.FormElement) org.jsoup.Jsoup.parse(html).selectFirst("form[action=" + action + "]");
        assertThat(form).as("a form posting to %s", action).isNotNull();
        Map<String, java.util.List<String>> fields = new LinkedHashMap<>();
        form.formData().stream()
                .filter(kv -> !kv.key().equals("_csrf"))
                .forEach(kv -> fields.computeIfAbsent(kv.key(), k -> new java.util.ArrayList<>())
                        .add(kv.value()));
        return fields;
    }

    /** POSTs a multipart form (a file upload) with this session's CSRF token among its parts. */
    public EntityExchangeResult<String> upload(
            String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        var parts = new org.springframework.http.client.MultipartBodyBuilder();
        fields.forEach(parts::part);
        parts.part("_csrf", csrf());
        parts.part(fileField, new org.springframework.core.io.ByteArrayResource(content) {
                    @Override
                    public String getFilename() {
                        return fileName;
                    }
                })
                .contentType(MediaType.parseMediaType("text/csv"));
        EntityExchangeResult<String> result = client.post()
                .uri(path)
                .accept(MediaType.TEXT_HTML)
                .header("Accept-Language", language)
                .cookies(c -> cookies.forEach(c::add))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(parts.build()))
                .exchange()
                .expectBody(String.class)
                .returnResult();
        return remember(result);
    }

    /** POSTs a form as a forged cross-site request would: the session cookie but no CSRF token. */
    public EntityExchangeResult<String> postWithoutCsrf(String path, Map<String, ?> fields) {
        return send(path, form(fields));
    }

    private EntityExchangeResult<String> send(String path, MultiValueMap<String, String> form) {
        EntityExchangeResult<String> result = client.post()
                .uri(path)
                .accept(MediaType.TEXT_HTML)
                .header("Accept-Language", language)
                .cookies(c -> cookies.forEach(c::add))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form))
                .exchange()
                .expectBody(String.class)
                .returnResult();
        return remember(result);
    }

    private EntityExchangeResult<String> remember(EntityExchangeResult<String> result) {
        for (Map.Entry<String, java.util.List<ResponseCookie>> entry :
                result.getResponseCookies().entrySet()) {
            for (ResponseCookie cookie : entry.getValue()) {
                if (cookie.getMaxAge().isZero() || cookie.getValue().isEmpty()) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            }
        }
        String body = result.getResponseBody();
        if (body != null) {
            Matcher field = CSRF_FIELD.matcher(body);
            if (field.find()) {
                Matcher value = VALUE.matcher(field.group());
                if (value.find()) {
                    csrf = value.group(1);
                }
            }
        }
        return result;
    }

    private static MultiValueMap<String, String> form(Map<String, ?> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach((name, value) -> {
            if (value instanceof Iterable<?> values) {
                values.forEach(v -> form.add(name, String.valueOf(v)));
            } else if (value != null) {
                form.add(name, String.valueOf(value));
            }
        });
        return form;
    }
}
