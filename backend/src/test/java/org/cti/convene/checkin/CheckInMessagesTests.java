package org.cti.convene.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.cti.convene.registration.ParticipantRole;
import org.junit.jupiter.api.Test;

/**
 * Every key the door's code builds from a result, a reason or a role is in the check-in bundle ({@code
 * BundleSyncTests} checks the languages and the keys templates name).
 */
class CheckInMessagesTests {

    @Test
    void everyKeyTheCodeAsksForIsThere() throws IOException {
        Set<String> keys = load().stringPropertyNames();
        Set<String> used = new TreeSet<>();
        for (CheckInOutcome outcome : CheckInOutcome.values()) {
            used.add("checkin.result." + outcome.name());
        }
        for (CheckInReason reason : CheckInReason.values()) {
            used.add("checkin.reason." + reason.name());
        }
        for (ParticipantRole role : ParticipantRole.values()) {
            used.add("checkin.role." + role.name());
        }
        used.addAll(List.of(
                "checkin.detail.ADMITTED",
                "checkin.detail.ALREADY_CHECKED_IN",
                "attendance.updated",
                "attendance.unknownPerson",
                "checkin.session.event"));
        assertThat(keys).containsAll(used);
    }

    private static Properties load() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CheckInMessagesTests.class.getResourceAsStream("/messages/checkin.properties")) {
            assertThat(in).as("checkin.properties").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
