package org.cti.convene.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Defaults, the retry schedule and a refused sender address. */
class MailSettingsTests {

    @Test
    void defaultsAreThoseDocumented() {
        MailSettings settings = new MailSettings(null, null, 0, 0, null, null, null, null, null);
        assertThat(settings.fromAddress().getPersonal()).isEqualTo("Convene");
        assertThat(settings.fromAddress().getAddress()).isEqualTo("noreply@convene.local");
        assertThat(settings.domain()).isEqualTo("convene.local");
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.maxAttempts()).isEqualTo(8);
        assertThat(settings.reminderLead()).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void backoffDoublesUpToItsCeiling() {
        MailSettings settings = new MailSettings(
                "Convene <noreply@example.org>",
                null,
                0,
                8,
                Duration.ofSeconds(30),
                Duration.ofMinutes(10),
                null,
                null,
                null);
        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backoffAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.backoffAfter(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(settings.backoffAfter(6)).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.backoffAfter(60)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aSenderWithoutAnAddressIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new MailSettings("Convene", null, 0, 0, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("convene.mail.from");
    }
}
