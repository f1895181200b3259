package org.cti.convene.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.Browser;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.EventFixtures;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * {@code make screenshots}: the main pages on a desktop and a phone, in English and Arabic, written to
 * docs/screenshots/. Not named *Tests, so the suite does not run it; the Makefile asks for it by name.
 */
@IntegrationTest
class Screenshots {

    static final Path OUT = Path.of(System.getProperty("convene.screenshots.dir", "../docs/screenshots"));

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Test
    void mainPages() {
        Staff.ensure(accounts);
        WebTestClient organiser = Staff.as(client, Staff.ORGANISER);
        Map<String, Object> body = EventFixtures.sideEvent(EventFixtures.slug("hrc-side-event"));
        body.put(
                "title",
                Map.of(
                        "en",
                        "Preventing torture in police custody",
                        "fr",
                        "Prévenir la torture en garde à vue",
                        "es",
                        "Prevenir la tortura bajo custodia policial",
                        "ar",
                        "منع التعذيب أثناء الاحتجاز لدى الشرطة"));
        UUID event = PublishedEvents.publish(organiser, body);
        String slug = (String) body.get("slug");
        Map<?, ?> registered = client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(Delegates.amina())
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        String token = (String) registered.get("manageToken");

        List<String> publicPages =
                List.of("/", "/events/" + slug, "/events/" + slug + "/register", "/my/registration?token=" + token);
        for (String lang : List.of("en", "ar")) {
            for (Map.Entry<String, Dimension> size :
                    Map.of("desktop", Browser.DESKTOP, "phone", Browser.PHONE).entrySet()) {
                try (Browser browser = Browser.open(size.getValue(), lang)) {
                    WebDriver page = browser.driver();
                    for (String path : publicPages) {
                        page.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
                        browser.screenshot(OUT.resolve(name(path) + "-" + size.getKey() + "-" + lang + ".png"));
                    }
                    page.get(url("/console/login?lang=" + lang));
                    browser.screenshot(OUT.resolve("console-login-" + size.getKey() + "-" + lang + ".png"));
                    page.findElement(By.name("username")).sendKeys(Staff.ORGANISER);
                    page.findElement(By.name("password")).sendKeys(Staff.PASSWORD);
                    // a script click returns at once; a native click on this form sometimes stalls the headless
                    // renderer
                    ((org.openqa.selenium.JavascriptExecutor) page)
                            .executeScript(
                                    "arguments[0].click();",
                                    page.findElement(By.cssSelector("form button[type=submit]")));
                    new WebDriverWait(page, Duration.ofSeconds(10))
                            .until(d -> d.getCurrentUrl().contains("/console/events"));
                    browser.screenshot(OUT.resolve("console-events-" + size.getKey() + "-" + lang + ".png"));
                    page.get(url("/console/events/" + event + "/registrations"));
                    browser.screenshot(OUT.resolve("console-attendees-" + size.getKey() + "-" + lang + ".png"));
                }
            }
        }
    }

    private static String name(String path) {
        if (path.equals("/")) {
            return "home";
        }
        if (path.startsWith("/my/")) {
            return "my-registration";
        }
        return path.endsWith("/register") ? "register" : "event";
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
