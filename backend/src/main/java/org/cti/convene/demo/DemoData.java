package org.cti.convene.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;
import org.cti.convene.common.StaffRole;
import org.cti.convene.events.EventRequest;
import org.cti.convene.events.Events;
import org.cti.convene.staff.StaffAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Seeds the demo: one published event per kind and an administrator whose random password is kept in
 * {@code .convene/demo-login.txt}, so every {@code make run} can print the same login.
 */
@Component
@Profile("demo")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String DEMO_ADMIN = "admin@convene.local";

    private final Events events;
    private final StaffAccounts accounts;
    private final Clock clock;
    private final Path dataDir;
    private final String baseUrl;

    DemoData(
            Events events,
            StaffAccounts accounts,
            Clock clock,
            @Value("${convene.data-dir}") String dataDir,
            @Value("${convene.base-url}") String baseUrl) {
        this.events = events;
        this.accounts = accounts;
        this.clock = clock;
        this.dataDir = Path.of(dataDir);
        this.baseUrl = baseUrl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() throws IOException {
        String password = demoPassword();
        accounts.createIfAbsent(DEMO_ADMIN, "Demo administrator", password, StaffRole.ADMIN, Set.of())
                .block(); // startup
        long created = Flux.fromIterable(DemoEvents.all(LocalDate.now(clock)))
                .concatMap(this::createAndPublishIfAbsent)
                .count()
                .block(); // startup
        if (created > 0) {
            log.info("Created {} demo events", created);
        }
        String banner = """

                ============================================================
                  Convene is running:  %s
                  Organiser console:   %s/console
                  Sign in as:          %s
                  Password:            %s
                  Mail is captured in: %s
                ============================================================
                """.formatted(
                baseUrl, baseUrl, DEMO_ADMIN, password, dataDir.resolve("mail").toAbsolutePath());
        System.out.println(banner);
    }

    private reactor.core.publisher.Mono<Boolean> createAndPublishIfAbsent(EventRequest request) {
        return events.all(null)
                .any(e -> e.slug().equals(request.slug()))
                .flatMap(exists -> exists
                        ? reactor.core.publisher.Mono.<Boolean>empty()
                        : events.create(request)
                                .flatMap(e -> events.publish(e.id()))
                                .thenReturn(true));
    }

    private String demoPassword() throws IOException {
        Path file = dataDir.resolve("demo-login.txt");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.createDirectories(dataDir);
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        return password;
    }
}
