package org.cti.convene.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The lines that say what changed about an event, in the reader's language. */
class MailChangeWordingTests {

    private final ChangeWording wording = new ChangeWording();

    /** The changes a participant is told about; {@code BundleSyncTests} sees that every language has them. */
    @Test
    void englishHasALineForEveryChangeParticipantsAreToldAbout() {
        Set<String> english = new TreeSet<>(ChangeWording.bundle(Locale.ENGLISH).keySet());
        assertThat(english).containsExactly("change.PROGRAMME", "change.TIME", "change.VENUE");
    }

    @Test
    void linesFollowTheOrderOfTheChangesAndIgnoreThoseParticipantsNeedNotKnow() {
        assertThat(wording.lines(List.of("VENUE", "CAPACITY", "TIME"), Locale.FRENCH))
                .containsExactly("Le lieu a changé.", "La date ou l’heure a changé.");
        assertThat(wording.lines(List.of("PROGRAMME"), Locale.of("ar"))).containsExactly("تغيّر البرنامج.");
        assertThat(wording.lines(List.of("TIME"), Locale.of("de"))).containsExactly("The date or time has changed.");
    }
}
