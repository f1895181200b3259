package org.cti.convene.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cti.convene.calendar.StrictCalendars.events;
import static org.cti.convene.calendar.StrictCalendars.timeZoneIds;
import static org.cti.convene.calendar.StrictCalendars.unfold;
import static org.cti.convene.calendar.StrictCalendars.value;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.EventFixtures;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntegrationTest
class CalendarEndpointTests {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final String ZONE = "America/New_York";

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Value("${convene.base-url}")
    String baseUrl;

    WebTestClient organiser;

    @BeforeEach
    void signIn() {
        Staff.ensure(accounts);
        organiser = Staff.as(client, Staff.ORGANISER);
    }

    @Test
    void publishedEventIsAStrictlyValidFileInTheVenuesZoneWithItsProgramme() {
        String slug = EventFixtures.slug("ics");
        Map<String, Object> body =
                EventFixtures.event(slug, ZONE, Instant.now().plus(45, ChronoUnit.DAYS), 80, "PUBLIC");
        Map<?, ?> event = publish(body);
        String sessionId = (String) ((Map<?, ?>) ((List<?>) event.get("sessions")).getFirst()).get("id");

        EntityExchangeResult<String> result = client.get()
                .uri("/api/v1/events/{id}/calendar.ics", event.get("id"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + slug + ".ics\"")
                .expectHeader()
                .valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=300, public")
                .expectBody(String.class)
                .returnResult();
        MediaType contentType = result.getResponseHeaders().getContentType();
        assertThat(contentType.isCompatibleWith(MediaType.parseMediaType("text/calendar")))
                .isTrue();
        assertThat(contentType.getCharset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(result.getResponseHeaders().getETag()).matches("\"[0-9a-f]{32}\"");

        String ics = result.getResponseBody();
        StrictCalendars.assertWellFormedLines(ics);
        Calendar calendar = StrictCalendars.parse(ics);
        assertThat(value(calendar, "METHOD")).isEqualTo("PUBLISH");
        assertThat(timeZoneIds(calendar)).containsExactly(ZONE);
        List<VEvent> vevents = events(calendar);
        assertThat(vevents).hasSize(2);

        VEvent main = vevents.getFirst();
        assertThat(value(main, "UID")).isEqualTo(event.get("id") + "@convene");
        assertThat(value(main, "SEQUENCE")).isEqualTo("0");
        assertThat(value(main, "SUMMARY")).isEqualTo("Preventing torture in police custody");
        assertThat(value(main, "LOCATION")).isEqualTo("Palais des Nations, Room XXIII, Geneva, Switzerland");
        assertThat(value(main, "URL")).isEqualTo(baseUrl + "/events/" + slug);
        assertThat(value(main, "DESCRIPTION"))
                .isEqualTo("A side event of the Human Rights Council.\n\n" + baseUrl + "/events/" + slug);
        assertThat(value(main, "ORGANIZER")).isEqualTo("mailto:secretariat@example.org");
        assertThat(value(main, "STATUS")).isEqualTo("CONFIRMED");
        String localStart = local(body.get("startsAt"), ZONE).format(LOCAL);
        assertThat(localStart).endsWith("T130000");
        assertThat(unfold(ics)).contains("\r\nDTSTART;TZID=" + ZONE + ":" + localStart + "\r\n");

        VEvent session = vevents.get(1);
        assertThat(value(session, "UID")).isEqualTo(sessionId + "@convene");
        assertThat(value(session, "SUMMARY")).isEqualTo("Opening");
        assertThat(value(session, "RELATED-TO")).isEqualTo(event.get("id") + "@convene");
        assertThat(value(session, "LOCATION")).startsWith("XXIII, ");
    }

    @Test
    void unchangedFileAnswersIfNoneMatchWithNotModifiedAndIsFoundBySlugToo() {
        String slug = EventFixtures.slug("etag");
        Map<?, ?> event = publish(EventFixtures.sideEvent(slug));

        String etag = etag("/api/v1/events/" + event.get("id") + "/calendar.ics");
        assertThat(etag("/api/v1/events/" + slug + "/calendar.ics")).isEqualTo(etag);

        client.get()
                .uri("/api/v1/events/{id}/calendar.ics", event.get("id"))
                .header(HttpHeaders.IF_NONE_MATCH, etag)
                .exchange()
                .expectStatus()
                .isNotModified()
                .expectHeader()
                .valueEquals(HttpHeaders.ETAG, etag)
                .expectBody()
                .isEmpty();
    }

    @Test
    void languageIsChosenWithLangAndSetsNoCookie() {
        String slug = EventFixtures.slug("lang");
        Map<?, ?> event = publish(EventFixtures.sideEvent(slug));
        String english = etag("/api/v1/events/" + slug + "/calendar.ics");

        EntityExchangeResult<String> french = client.get()
                .uri("/api/v1/events/{slug}/calendar.ics?lang=fr", slug)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody(String.class)
                .returnResult();

        VEvent main = events(StrictCalendars.parse(french.getResponseBody())).getFirst();
        assertThat(value(main, "SUMMARY")).isEqualTo("Prévenir la torture en garde à vue");
        assertThat(value(main, "LOCATION")).endsWith(", Geneva, Suisse");
        // no French description: the English one
        assertThat(value(main, "DESCRIPTION")).startsWith("A side event of the Human Rights Council.");
        assertThat(value(main, "UID")).isEqualTo(event.get("id") + "@convene");
        assertThat(french.getResponseHeaders().getETag()).isNotEqualTo(english);
    }

    @Test
    void movingTheEventRaisesTheSequenceAndKeepsTheUids() {
        String slug = EventFixtures.slug("moved");
        Map<String, Object> body = EventFixtures.sideEvent(slug);
        Map<?, ?> event = publish(body);
        Object id = event.get("id");
        Map<?, ?> session = (Map<?, ?>) ((List<?>) event.get("sessions")).getFirst();
        String path = "/api/v1/events/" + id + "/calendar.ics";
        String before = etag(path);

        body.put("startsAt", plusDay(body.get("startsAt")));
        body.put("endsAt", plusDay(body.get("endsAt")));
        body.put(
                "sessions",
                List.of(Map.of(
                        "id", session.get("id"),
                        "title", session.get("title"),
                        "startsAt", plusDay(session.get("startsAt")),
                        "endsAt", plusDay(session.get("endsAt")),
                        "room", session.get("room"))));
        organiser
                .put()
                .uri("/api/v1/admin/events/{id}", id)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isOk();

        String ics = client.get()
                .uri(path)
                .header(HttpHeaders.IF_NONE_MATCH, before)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        List<VEvent> vevents = events(StrictCalendars.parse(ics));
        assertThat(vevents)
                .extracting(e -> value(e, "UID"))
                .containsExactly(id + "@convene", session.get("id") + "@convene");
        assertThat(vevents)
                .allSatisfy(
                        e -> assertThat(Integer.parseInt(value(e, "SEQUENCE"))).isGreaterThan(0));
        assertThat(unfold(ics))
                .contains("\r\nDTSTART;TZID=Europe/Zurich:"
                        + local(body.get("startsAt"), "Europe/Zurich").format(LOCAL) + "\r\n");
    }

    @Test
    void draftsCancelledAndUnknownEventsAreNotFound() {
        String draft = EventFixtures.slug("draft-ics");
        Map<?, ?> created = organiser
                .post()
                .uri("/api/v1/admin/events")
                .bodyValue(EventFixtures.sideEvent(draft))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        String cancelled = EventFixtures.slug("cancelled-ics");
        Map<?, ?> gone = publish(EventFixtures.sideEvent(cancelled));
        organiser
                .post()
                .uri("/api/v1/admin/events/{id}/cancel", gone.get("id"))
                .exchange()
                .expectStatus()
                .isOk();

        for (Object idOrSlug : List.of(created.get("id"), draft, gone.get("id"), cancelled, "no-such-event")) {
            client.get()
                    .uri("/api/v1/events/{id}/calendar.ics", idOrSlug)
                    .exchange()
                    .expectStatus()
                    .isNotFound()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void eventPageOffersTheFileGoogleCalendarAndOutlookOnTheWeb() {
        String slug = EventFixtures.slug("page-ics");
        Map<?, ?> event = publish(EventFixtures.sideEvent(slug));

        String html = page("/events/" + slug, "fr");

        assertThat(html)
                .contains("href=\"/api/v1/events/" + event.get("id") + "/calendar.ics?lang=fr\"")
                .contains("href=\"https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=Pr%C3%A9venir")
                .contains("href=\"https://outlook.office.com/calendar/0/deeplink/compose?path=")
                .contains(">Ajouter à Google Agenda<", ">Ajouter à Outlook sur le web<")
                .doesNotContain("target=\"_blank\"");
        assertThat(page("/events/" + slug, "en"))
                .contains("/calendar.ics?lang=en\"")
                .contains(">Add to Google Calendar<", ">Add to Outlook on the web<");
    }

    /** The event as created, with its sessions' ids, once published. */
    private Map<?, ?> publish(Map<String, Object> body) {
        Map<?, ?> created = organiser
                .post()
                .uri("/api/v1/admin/events")
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        organiser
                .post()
                .uri("/api/v1/admin/events/{id}/publish", created.get("id"))
                .exchange()
                .expectStatus()
                .isOk();
        return created;
    }

    private String etag(String path) {
        return client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseHeaders()
                .getETag();
    }

    private String page(String path, String language) {
        return client.get()
                .uri(path)
                .accept(MediaType.TEXT_HTML)
                .header("Accept-Language", language)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private static ZonedDateTime local(Object offsetDateTime, String zone) {
        return OffsetDateTime.parse((String) offsetDateTime).atZoneSameInstant(ZoneId.of(zone));
    }

    private static String plusDay(Object offsetDateTime) {
        return OffsetDateTime.parse((String) offsetDateTime).plusDays(1).toString();
    }
}
