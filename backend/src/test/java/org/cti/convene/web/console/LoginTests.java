package org.cti.convene.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.ConsoleSession;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntegrationTest
class LoginTests {

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @BeforeEach
    void accounts() {
        Staff.ensure(accounts);
    }

    @Test
    void signInPageHasLabelledFieldsAndACsrfToken() {
        String html = ConsoleSession.anonymous(client).page("/console/login");
        assertThat(html)
                .contains("<label for=\"username\">E-mail address</label>")
                .contains("id=\"username\" name=\"username\" type=\"email\"")
                .contains("<label for=\"password\">Password</label>")
                .contains("name=\"_csrf\"")
                .contains("action=\"/console/login\"")
                .contains("href=\"/\"")
                .doesNotContain("role=\"alert\"");
    }

    @Test
    void noPageStartsASessionBeforeSignIn() {
        ConsoleSession reader = ConsoleSession.anonymous(client);
        reader.page("/");
        assertThat(reader.sessionId())
                .as("the catalogue keeps no session for its readers")
                .isNull();
        assertThat(reader.page("/console/login")).contains("name=\"_csrf\"");
        assertThat(reader.sessionId())
                .as("the sign-in form's CSRF token lives in a cookie, not in a session")
                .isNull();
        assertThat(reader.cookie("XSRF-TOKEN")).isNotBlank();
    }

    @Test
    void signInPageIsTranslatedAndArabicIsRightToLeft() {
        assertThat(ConsoleSession.anonymous(client).language("fr").page("/console/login"))
                .contains("Connexion à la console des organisateurs")
                .contains("Mot de passe");
        assertThat(ConsoleSession.anonymous(client).language("ar").page("/console/login"))
                .contains("lang=\"ar\" dir=\"rtl\"")
                .contains("كلمة المرور");
    }

    @Test
    void failedSignInComesBackWithAMessage() {
        ConsoleSession browser = ConsoleSession.anonymous(client);
        browser.page("/console/login");
        EntityExchangeResult<String> result =
                browser.post("/console/login", Map.of("username", Staff.ORGANISER, "password", "wrong-password"));
        assertThat(result.getStatus().is3xxRedirection()).isTrue();
        assertThat(result.getResponseHeaders().getLocation()).hasToString("/console/login?error");

        assertThat(browser.page("/console/login?error"))
                .contains("role=\"alert\"")
                .contains("The e-mail address or the password is not right.")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void consolePagesSendStrangersToTheSignInPage() {
        EntityExchangeResult<String> result = ConsoleSession.anonymous(client).get("/console/events");
        assertThat(result.getStatus().is3xxRedirection()).isTrue();
        assertThat(result.getResponseHeaders().getLocation()).hasToString("/console/login");
    }

    @Test
    void formPostsWithoutTheCsrfTokenAreRefused() {
        ConsoleSession stranger = ConsoleSession.anonymous(client);
        stranger.page("/console/login");
        assertThat(stranger.postWithoutCsrf(
                                "/console/login", Map.of("username", Staff.ORGANISER, "password", Staff.PASSWORD))
                        .getStatus())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ConsoleSession organiser = ConsoleSession.signIn(client, Staff.ORGANISER);
        assertThat(organiser
                        .postWithoutCsrf("/console/events/new", Map.of("slug", "forged"))
                        .getStatus())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(organiser.postWithoutCsrf("/console/logout", Map.of()).getStatus())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void signingInWithTheFormOpensTheConsole() {
        ConsoleSession browser = ConsoleSession.anonymous(client);
        String login = browser.page("/console/login");
        assertThat(login).contains("name=\"_csrf\"");
        String before = browser.sessionId();

        EntityExchangeResult<String> signIn =
                browser.post("/console/login", Map.of("username", Staff.ORGANISER, "password", Staff.PASSWORD));
        assertThat(signIn.getStatus().is3xxRedirection()).isTrue();
        assertThat(signIn.getResponseHeaders().getLocation()).hasToString("/console");
        assertThat(browser.sessionId())
                .as("a new session id after sign-in")
                .isNotBlank()
                .isNotEqualTo(before);

        EntityExchangeResult<String> home = browser.get("/console");
        assertThat(home.getStatus().is3xxRedirection()).isTrue();
        assertThat(home.getResponseHeaders().getLocation()).hasToString("/console/events");

        assertThat(browser.page("/console/events"))
                .contains("Olga Organiser")
                .contains("Organiser")
                .contains("action=\"/console/logout\"")
                .contains("href=\"/console/events\"")
                .contains("aria-current=\"page\"");
    }

    @Test
    void signingOutEndsTheSession() {
        ConsoleSession browser = ConsoleSession.signIn(client, Staff.ORGANISER);
        browser.page("/console/events");
        EntityExchangeResult<String> out = browser.post("/console/logout", Map.of());
        assertThat(out.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);

        EntityExchangeResult<String> after = browser.get("/console/events");
        assertThat(after.getStatus().is3xxRedirection()).isTrue();
        assertThat(after.getResponseHeaders().getLocation()).hasToString("/console/login");
    }
}
