package org.cti.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.Accessibility;
import org.cti.convene.support.Browser;
import org.cti.convene.support.EventFixtures;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A programme with long Latin titles on a 360 px phone in Arabic: nothing sticks out of the screen. */
@IntegrationTest
class ProgrammeOnPhoneTests {

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Test
    void theProgrammeScrollsInsideItsFrameAndThePageKeepsToTheScreen() {
        Staff.ensure(accounts);
        String slug = EventFixtures.slug("programme-phone");
        Map<String, Object> body = EventFixtures.sideEvent(slug);
        @SuppressWarnings("unchecked")
        Map<String, Object> session =
                new java.util.HashMap<>(((List<Map<String, Object>>) body.get("sessions")).getFirst());
        session.put(
                "title",
                Map.of("en", "Interactive dialogue with the Subcommittee on Prevention of Torture mechanisms"));
        session.put("room", "Salle XXIII, Palais des Nations (Building E)");
        body.put("sessions", List.of(session));
        PublishedEvents.publish(Staff.as(client, Staff.ORGANISER), body);

        try (Browser phone = Browser.open(Browser.PHONE, "ar")) {
            WebDriver page = phone.driver();
            page.get("http://localhost:" + port + "/events/" + slug + "?lang=ar");
            assertThat(page.findElement(By.cssSelector("table.programme")).getText())
                    .contains("Interactive dialogue");
            assertThat(page.findElement(By.cssSelector(".scroll-cue")).isDisplayed())
                    .isTrue();
            long overflow = (Long) ((JavascriptExecutor) page)
                    .executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("the page is as wide as the phone").isLessThanOrEqualTo(0L);
            Accessibility.assertNoSeriousViolations(page);
            phone.screenshot(java.nio.file.Path.of("target/screenshots/event-programme-phone-ar.png"));
        }
    }
}
