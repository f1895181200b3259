package org.cti.convene.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The delegate's own calendar file and private feed, through the running application. */
@IntegrationTest
class CalendarDelegateTests {

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    WebTestClient organiser;

    @BeforeEach
    void signIn() {
        Staff.ensure(accounts);
        organiser = Staff.as(client, Staff.ORGANISER);
    }

    @Test
    void theDelegatesFileNamesThemAsAttendeeWithTheirSessionsOnly() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<?, ?> detail = organiser
                .get()
                .uri("/api/v1/admin/events/{id}", event)
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        Object sessionId = ((Map<?, ?>) ((List<?>) detail.get("sessions")).getFirst()).get("id");
        Map<String, Object> amina = Delegates.person("آمنة", "ديالو", "EG");
        amina.put("email", "amina-" + UUID.randomUUID() + "@example.org");
        amina.put("sessionIds", List.of(sessionId));
        String token = register(event, amina);

        String ics = client.get()
                .uri("/api/v1/registrations/me/calendar.ics?token={t}", token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith("text/calendar")
                .expectHeader()
                .valueEquals("Cache-Control", "no-store")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        Calendar calendar = StrictCalendars.parse(ics);
        List<VEvent> events = StrictCalendars.events(calendar);
        assertThat(events).hasSize(2);
        VEvent main = events.getFirst();
        assertThat(StrictCalendars.value(main, "UID")).isEqualTo(event + "@convene");
        var attendee = StrictCalendars.property(main, "ATTENDEE");
        assertThat(StrictCalendars.parameter(attendee, "PARTSTAT")).isEqualTo("ACCEPTED");
        assertThat(StrictCalendars.parameter(attendee, "CN")).isEqualTo("آمنة ديالو");
        assertThat(StrictCalendars.value(main, "ORGANIZER")).isEqualTo("mailto:secretariat@example.org");
        assertThat(StrictCalendars.timeZoneIds(calendar)).contains("Europe/Zurich");
        assertThat(StrictCalendars.value(events.get(1), "UID")).isEqualTo(sessionId + "@convene");
    }

    @Test
    void theFeedListsConfirmedEventsKeepsCancelledOnesCancelledAndAnswers304WhenUnchanged() {
        UUID first = PublishedEvents.open(organiser, 10, true, false);
        UUID second = PublishedEvents.open(organiser, 10, true, false);
        Map<String, Object> ivan = Delegates.person("Иван", "Петров", "RU");
        String token = register(first, ivan);
        register(second, ivan);

        Map<?, ?> urls = client.get()
                .uri("/api/v1/registrations/me/calendar-feed")
                .header("X-Manage-Token", token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        String url = (String) urls.get("url");
        assertThat((String) urls.get("webcal")).startsWith("webcal://");
        String path = url.substring(url.indexOf("/api/"));

        var response = client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith("text/calendar")
                .expectBody(String.class)
                .returnResult();
        String etag = response.getResponseHeaders().getETag();
        List<String> uids = StrictCalendars.events(StrictCalendars.parse(response.getResponseBody())).stream()
                .map(e -> StrictCalendars.value(e, "UID"))
                .toList();
        assertThat(uids).contains(first + "@convene", second + "@convene");
        client.get()
                .uri(path)
                .header("If-None-Match", etag)
                .exchange()
                .expectStatus()
                .isNotModified();

        client.delete()
                .uri("/api/v1/registrations/me")
                .header("X-Manage-Token", token)
                .exchange()
                .expectStatus()
                .isOk();
        String after = client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        var cancelled = StrictCalendars.events(StrictCalendars.parse(after)).stream()
                .filter(e -> (first + "@convene").equals(StrictCalendars.value(e, "UID")))
                .findFirst()
                .orElseThrow();
        assertThat(StrictCalendars.value(cancelled, "STATUS"))
                .as("a cancelled registration stays in the feed, cancelled, so calendars remove it")
                .isEqualTo("CANCELLED");
        assertThat(after).contains(second + "@convene");
        client.get()
                .uri("/api/v1/calendar/feeds/not-a-token.ics")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private String register(UUID event, Map<String, Object> body) {
        return (String) client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("manageToken");
    }
}
