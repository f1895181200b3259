package org.cti.convene.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventStatus;
import org.cti.convene.events.Events;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.ConsoleSession;
import org.cti.convene.support.EventFixtures;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntegrationTest
class EventsTests {

    static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Events events;

    ConsoleSession organiser;

    @BeforeEach
    void signIn() {
        Staff.ensure(accounts);
        organiser = ConsoleSession.signIn(client, Staff.ORGANISER);
    }

    @Test
    void newEventFormOffersEveryFieldWithLabelsAndEmptyProgrammeRows() {
        String html = organiser.page("/console/events/new");
        assertThat(html)
                .contains("<label for=\"slug\">")
                .contains("<label for=\"title-ar\">")
                .contains("name=\"title[ar]\"")
                .contains("name=\"venue.timeZone\"")
                .contains("<option value=\"CH\">Switzerland</option>")
                .contains("<option value=\"Europe/Zurich\">Europe/Zurich</option>")
                .contains("type=\"datetime-local\"")
                .contains("name=\"sessions[2].startsAt\"")
                .as("a session's title can be typed in every language Convene speaks")
                .contains("name=\"sessions[0].title[es]\"")
                .contains("name=\"sessions[0].title[ar]\"")
                .doesNotContain("name=\"sessions[3].startsAt\"")
                .contains("<legend>Programme</legend>")
                .contains("name=\"_csrf\"")
                .doesNotContain("style=");
    }

    @Test
    void creatingAnEventWithTheFormStoresItInTheVenuesTimeZone() {
        LocalDate day = LocalDate.now(GENEVA).plusDays(30);
        String slug = EventFixtures.slug("console");
        Map<String, Object> form = validForm(slug, day);

        EntityExchangeResult<String> result = organiser.post("/console/events/new", form);

        assertThat(result.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        String location = result.getResponseHeaders().getLocation().toString();
        assertThat(location).startsWith("/console/events/").endsWith("?done=created");
        UUID id = UUID.fromString(location.substring("/console/events/".length(), location.indexOf('?')));
        Event event = events.find(id).block();
        assertThat(event.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(event.slug()).isEqualTo(slug);
        assertThat(event.title()).containsEntry("en", "Preventing torture").containsEntry("ar", "منع التعذيب");
        assertThat(event.startsAt())
                .isEqualTo(ZonedDateTime.of(day, LocalTime.of(13, 0), GENEVA).toInstant());
        assertThat(event.endsAt())
                .isEqualTo(ZonedDateTime.of(day, LocalTime.of(14, 30), GENEVA).toInstant());
        assertThat(event.registrationOpensAt()).isNull();
        assertThat(event.approvalRequired()).isTrue();
        assertThat(event.waitlist()).as("unticked checkbox").isFalse();
        assertThat(event.sessions()).as("empty rows are ignored").hasSize(1);
        assertThat(event.sessions().getFirst().title()).containsEntry("fr", "Ouverture");

        String page = organiser.page(location);
        assertThat(page)
                .contains("role=\"status\"")
                .contains("The event was created as a draft.")
                .contains("Preventing torture")
                .contains("Europe/Zurich")
                .contains("action=\"/console/events/" + id + "/publish\"");
        assertThat(organiser.page("/console/events"))
                .contains("/console/events/" + id)
                .contains(slug);
    }

    @Test
    void refusedFormComesBackAsTypedWithEachMessageNextToItsInput() {
        LocalDate day = LocalDate.now(GENEVA).plusDays(30);
        String slug = EventFixtures.slug("refused");
        Map<String, Object> form = validForm(slug, day);
        form.put("title[en]", "");
        form.put("venue.name", "Salle typed by hand");
        form.put("endsAt", day + "T12:00");
        // the first programme row is left empty; the session typed in the second row starts too early
        form.put("sessions[0].title[en]", "");
        form.put("sessions[0].title[fr]", "");
        form.put("sessions[0].startsAt", "");
        form.put("sessions[0].endsAt", "");
        form.put("sessions[0].room", "");
        form.put("sessions[1].title[en]", "Early coffee");
        form.put("sessions[1].startsAt", day + "T08:00");
        form.put("sessions[1].endsAt", day + "T08:30");
        form.put("sessions[1].room", "Bar Serpent");

        EntityExchangeResult<String> result = organiser.post("/console/events/new", form);

        assertThat(result.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        String html = result.getResponseBody();
        assertThat(html)
                .contains("class=\"error-summary\"")
                .contains("<title>Error: New event · Convene</title>")
                .contains("href=\"#title-en\"")
                .contains("This field is required.")
                .contains("href=\"#endsAt\"")
                .contains("Must be after the start.")
                .contains("href=\"#sessions-1-startsAt\"")
                .contains("Must be within the dates of the event.")
                .contains("id=\"sessions-1-startsAt-error\"")
                .contains("aria-describedby=\"sessions-1-startsAt-error\"")
                .contains("aria-invalid=\"true\"")
                .contains("value=\"" + slug + "\"")
                .contains("value=\"Salle typed by hand\"")
                .contains("value=\"Bar Serpent\"")
                .contains("value=\"" + day + "T12:00\"")
                .contains("name=\"_csrf\"");
        assertThat(events.all(null)
                        .filter(e -> e.slug().equals(slug))
                        .hasElements()
                        .block())
                .as("nothing is written")
                .isFalse();
    }

    @Test
    void aRefusedFormSpeaksTheConsolesLanguage() {
        Map<String, Object> unreadable =
                validForm(EventFixtures.slug("francais"), LocalDate.now(GENEVA).plusDays(30));
        unreadable.put("capacity", "beaucoup");
        Map<String, Object> backwards =
                validForm(EventFixtures.slug("francais"), LocalDate.now(GENEVA).plusDays(30));
        backwards.put("endsAt", backwards.get("startsAt"));
        organiser.language("fr");

        EntityExchangeResult<String> notANumber = organiser.post("/console/events/new", unreadable);
        EntityExchangeResult<String> endsAtTheStart = organiser.post("/console/events/new", backwards);

        assertThat(notANumber.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notANumber.getResponseBody())
                .contains("Saisissez un nombre entier.")
                .doesNotContain("must be");
        assertThat(endsAtTheStart.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(endsAtTheStart.getResponseBody())
                .contains("Doit être postérieur au début.")
                .doesNotContain("must be after");
    }

    @Test
    void unreadableValuesAreReportedTogetherWithTheOtherRules() {
        Map<String, Object> form = validForm(
                EventFixtures.slug("unreadable"), LocalDate.now(GENEVA).plusDays(30));
        form.put("capacity", "lots");
        form.put("startsAt", "next tuesday");
        form.put("kind", "");

        EntityExchangeResult<String> result = organiser.post("/console/events/new", form);

        assertThat(result.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(result.getResponseBody())
                .contains("href=\"#capacity\"")
                .contains("Enter a whole number.")
                .contains("value=\"lots\"")
                .contains("href=\"#startsAt\"")
                .contains("Enter a date and a time.")
                .contains("value=\"next tuesday\"")
                .contains("href=\"#kind\"")
                .doesNotContain("must not be blank");
    }

    @Test
    void aSlugInUseIsShownOnTheSlugField() {
        LocalDate day = LocalDate.now(GENEVA).plusDays(30);
        String slug = EventFixtures.slug("taken");
        assertThat(organiser.post("/console/events/new", validForm(slug, day)).getStatus())
                .isEqualTo(HttpStatus.SEE_OTHER);

        EntityExchangeResult<String> again = organiser.post("/console/events/new", validForm(slug, day));

        assertThat(again.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getResponseBody())
                .contains("href=\"#slug\"")
                .contains("id=\"slug-error\"")
                .contains("is already used by another event");
    }

    @Test
    void editingKeepsTheSessionsAndShowsTimesInTheVenuesZone() {
        LocalDate day = LocalDate.now(GENEVA).plusDays(30);
        String slug = EventFixtures.slug("edited");
        UUID id = created(organiser.post("/console/events/new", validForm(slug, day)));
        Event before = events.find(id).block();
        UUID sessionId = before.sessions().getFirst().id();

        String page = organiser.page("/console/events/" + id + "/edit");
        assertThat(page)
                .contains("value=\"" + day + "T13:00\"")
                .contains("name=\"sessions[0].id\" value=\"" + sessionId + "\"")
                .contains("value=\"Europe/Zurich\" selected=\"selected\"")
                .contains("name=\"sessions[3].startsAt\"");

        Map<String, Object> form = validForm(slug, day);
        form.put("title[en]", "Renamed in the console");
        form.put("sessions[0].id", sessionId.toString());
        form.put("sessions[0].room", "XX");
        EntityExchangeResult<String> saved = organiser.post("/console/events/" + id + "/edit", form);

        assertThat(saved.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(saved.getResponseHeaders().getLocation()).hasToString("/console/events/" + id + "?done=saved");
        Event after = events.find(id).block();
        assertThat(after.title()).containsEntry("en", "Renamed in the console");
        assertThat(after.sessions()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(sessionId);
            assertThat(s.room()).isEqualTo("XX");
        });
        assertThat(after.startsAt()).isEqualTo(before.startsAt());
    }

    @Test
    void savingTheEditFormOfAnEventWithAProgrammeUntouchedChangesNothing() {
        LocalDate day = LocalDate.now(GENEVA).plusDays(40);
        Map<String, Object> form = validForm(EventFixtures.slug("untouched"), day);
        form.put("title[es]", "Prevenir la tortura");
        form.put("sessions[0].title[ar]", "الافتتاح");
        form.put("sessions[0].title[es]", "Apertura");
        form.put("sessions[1].title[en]", "Working group");
        form.put("sessions[1].title[fr]", "Groupe de travail");
        form.put("sessions[1].startsAt", day + "T14:00");
        form.put("sessions[1].endsAt", day + "T14:30");
        UUID id = created(organiser.post("/console/events/new", form));
        Event before = events.find(id).block();
        assertThat(before.sessions()).hasSize(2);

        String edit = organiser.page("/console/events/" + id + "/edit");
        assertThat(edit).doesNotContain("(null)");
        for (String language : List.of("en", "fr", "es", "ar")) {
            assertThat(edit)
                    .as("a title input for sessions in %s", language)
                    .contains("name=\"sessions[0].title[" + language + "]\"");
        }
        EntityExchangeResult<String> saved = organiser.post(
                "/console/events/" + id + "/edit", ConsoleSession.untouched(edit, "/console/events/" + id + "/edit"));

        assertThat(saved.getStatus()).as(saved.getResponseBody()).isEqualTo(HttpStatus.SEE_OTHER);
        Event after = events.find(id).block();
        assertThat(after.title()).isEqualTo(before.title());
        assertThat(after.sessions()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(after.sessions().get(i).id())
                    .isEqualTo(before.sessions().get(i).id());
            assertThat(after.sessions().get(i).title())
                    .isEqualTo(before.sessions().get(i).title());
            assertThat(after.sessions().get(i).startsAt())
                    .isEqualTo(before.sessions().get(i).startsAt());
        }
        assertThat(after.sequence())
                .as("nothing changed, so calendars are not told")
                .isEqualTo(before.sequence());
    }

    @Test
    void publishingAndCancellingFromTheEventPage() {
        UUID id = created(organiser.post(
                "/console/events/new",
                validForm(EventFixtures.slug("lifecycle"), LocalDate.now(GENEVA).plusDays(30))));
        String path = "/console/events/" + id;

        EntityExchangeResult<String> published = organiser.post(path + "/publish", Map.of());
        assertThat(published.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(published.getResponseHeaders().getLocation()).hasToString(path + "?done=published");
        assertThat(events.find(id).block().status()).isEqualTo(EventStatus.PUBLISHED);
        Event event = events.find(id).block();
        assertThat(organiser.page(path + "?done=published"))
                .contains("The event is published")
                .contains("href=\"/events/" + event.slug() + "\"")
                .doesNotContain("action=\"" + path + "/publish\"");

        EntityExchangeResult<String> unconfirmed = organiser.post(path + "/cancel", Map.of());
        assertThat(unconfirmed.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unconfirmed.getResponseBody()).contains("href=\"#confirm\"").contains("Tick the box to confirm");
        assertThat(events.find(id).block().status()).isEqualTo(EventStatus.PUBLISHED);

        EntityExchangeResult<String> cancelled = organiser.post(path + "/cancel", Map.of("confirm", "true"));
        assertThat(cancelled.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(events.find(id).block().status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(organiser.page(path + "?done=cancelled"))
                .contains("The event is cancelled.")
                .doesNotContain("action=\"" + path + "/cancel\"")
                .doesNotContain("href=\"" + path + "/edit\"");

        EntityExchangeResult<String> again = organiser.post(path + "/publish", Map.of());
        assertThat(again.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getResponseBody())
                .contains("class=\"notice bad\"")
                .contains("can be neither published nor cancelled again");
    }

    @Test
    void listFiltersByStatus() {
        LocalDate day = LocalDate.now(GENEVA).plusDays(30);
        String draft = EventFixtures.slug("list-draft");
        String live = EventFixtures.slug("list-live");
        created(organiser.post("/console/events/new", validForm(draft, day)));
        UUID liveId = created(organiser.post("/console/events/new", validForm(live, day)));
        organiser.post("/console/events/" + liveId + "/publish", Map.of());

        assertThat(organiser.page("/console/events?status=DRAFT"))
                .contains(draft)
                .doesNotContain(live);
        assertThat(organiser.page("/console/events?status=PUBLISHED"))
                .contains(live)
                .doesNotContain(draft);
        assertThat(organiser.page("/console/events")).contains(live).contains(draft);
    }

    @Test
    void anOrganiserLimitedToOneEventSeesOnlyThatOneAndCannotCreate() {
        LocalDate day = LocalDate.now(GENEVA).plusDays(30);
        UUID mine = created(organiser.post("/console/events/new", validForm(EventFixtures.slug("mine"), day)));
        String otherSlug = EventFixtures.slug("other");
        UUID other = created(organiser.post("/console/events/new", validForm(otherSlug, day)));
        ConsoleSession partner = ConsoleSession.signIn(client, Staff.scopedOrganiser(accounts, mine));

        assertThat(partner.page("/console/events/" + mine)).contains("action=\"/console/events/" + mine + "/publish\"");
        assertThat(partner.get("/console/events/" + other).getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(partner.get("/console/events/" + other + "/edit").getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(partner.post("/console/events/" + other + "/publish", Map.of())
                        .getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(partner.page("/console/events"))
                .contains("/console/events/" + mine)
                .doesNotContain(otherSlug)
                .doesNotContain("href=\"/console/events/new\"");
        assertThat(partner.get("/console/events/new").getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(partner.post("/console/events/new", validForm(EventFixtures.slug("nope"), day))
                        .getStatus())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(events.find(other).block().status()).isEqualTo(EventStatus.DRAFT);
    }

    @Test
    void checkInStaffMayLookButNotChange() {
        LocalDate day = LocalDate.now(GENEVA).plusDays(30);
        UUID id = created(organiser.post("/console/events/new", validForm(EventFixtures.slug("door"), day)));
        ConsoleSession door = ConsoleSession.signIn(client, Staff.CHECKIN);

        assertThat(door.page("/console/events"))
                .contains("Check-in staff")
                .doesNotContain("href=\"/console/events/new\"");
        assertThat(door.page("/console/events/" + id))
                .doesNotContain("action=\"/console/events/" + id + "/publish\"")
                .doesNotContain("href=\"/console/events/" + id + "/edit\"");
        assertThat(door.get("/console/events/new").getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(door.post("/console/events/new", validForm(EventFixtures.slug("door-new"), day))
                        .getStatus())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(door.get("/console/events/" + id + "/edit").getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(door.post("/console/events/" + id + "/publish", Map.of()).getStatus())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(door.post("/console/events/" + id + "/cancel", Map.of("confirm", "true"))
                        .getStatus())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(events.find(id).block().status()).isEqualTo(EventStatus.DRAFT);
    }

    private static UUID created(EntityExchangeResult<String> result) {
        assertThat(result.getStatus()).as(result.getResponseBody()).isEqualTo(HttpStatus.SEE_OTHER);
        String location = result.getResponseHeaders().getLocation().getPath();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The form as a browser posts it: every input, the empty programme rows included. */
    static Map<String, Object> validForm(String slug, LocalDate day) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("kind", "HIGH_LEVEL_EVENT");
        form.put("slug", slug);
        form.put("title[en]", "Preventing torture");
        form.put("title[fr]", "Prévenir la torture");
        form.put("title[es]", "");
        form.put("title[ar]", "منع التعذيب");
        form.put("description[en]", "A side event of the Human Rights Council.");
        form.put("description[fr]", "");
        form.put("description[es]", "");
        form.put("description[ar]", "");
        form.put("venue.name", "Palais des Nations, Room XXIII");
        form.put("venue.city", "Geneva");
        form.put("venue.countryCode", "CH");
        form.put("venue.timeZone", "Europe/Zurich");
        form.put("startsAt", day + "T13:00");
        form.put("endsAt", day + "T14:30");
        form.put("registrationOpensAt", "");
        form.put("registrationClosesAt", day.minusDays(1) + "T18:00");
        form.put("capacity", "120");
        form.put("access", "PUBLIC");
        form.put("approvalRequired", "true");
        form.put("contactEmail", "secretariat@example.org");
        for (int row = 0; row < 3; row++) {
            String n = "sessions[" + row + "]";
            form.put(n + ".id", "");
            form.put(n + ".title[en]", "");
            form.put(n + ".title[fr]", "");
            form.put(n + ".startsAt", "");
            form.put(n + ".endsAt", "");
            form.put(n + ".room", "");
            form.put(n + ".capacity", "");
        }
        form.put("sessions[0].title[en]", "Opening");
        form.put("sessions[0].title[fr]", "Ouverture");
        form.put("sessions[0].startsAt", day + "T13:00");
        form.put("sessions[0].endsAt", day + "T13:30");
        form.put("sessions[0].room", "XXIII");
        return form;
    }
}
