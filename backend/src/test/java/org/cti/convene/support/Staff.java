package org.cti.convene.support;

import java.util.Set;
import java.util.UUID;
import org.cti.convene.common.StaffRole;
import org.cti.convene.staff.StaffAccounts;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Staff accounts for tests, created once per database, and clients signed in as them. */
public final class Staff {

    public static final String PASSWORD = "a-long-test-password";
    public static final String ADMIN = "admin@test.example";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final String ORGANISER = "organiser@test.example";
    public static final String CHECKIN = "door@test.example";

    private Staff() {}

    public static void ensure(StaffAccounts accounts) {
        accounts.createIfAbsent(ORGANISER, "Olga Organiser", PASSWORD, StaffRole.ORGANISER, Set.of())
                .block();
        accounts.createIfAbsent(CHECKIN, "Dario Door", PASSWORD, StaffRole.CHECKIN, Set.of())
                .block();
    }

    /** An organiser limited to the given event. */
    public static String scopedOrganiser(StaffAccounts accounts, UUID eventId) {
        String email = "partner-" + eventId.toString().substring(0, 8) + "@test.example";
        accounts.createIfAbsent(email, "Local Partner", PASSWORD, StaffRole.ORGANISER, Set.of(eventId))
                .block();
        return email;
    }

    public static WebTestClient as(WebTestClient client, String email) {
        String password = ADMIN.equals(email) ? ADMIN_PASSWORD : PASSWORD;
        return client.mutate()
                .defaultHeaders(h -> h.setBasicAuth(email, password))
                .build();
    }
}
