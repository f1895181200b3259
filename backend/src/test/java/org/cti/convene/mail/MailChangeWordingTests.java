package org.cti.convene.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.cti.convene.mail.templates.MailTemplates;
import org.junit.jupiter.api.Test;

/** The lines that say what changed about an event exist in every mail language, and nothing else does. */
class MailChangeWordingTests {

    private final ChangeWording wording = new ChangeWording();

    @Test
    void everyLanguageHasEveryChangeLine() {
        Set<String> english = new TreeSet<>(ChangeWording.bundle(Locale.ENGLISH).keySet());
        assertThat(english).containsExactly("change.PROGRAMME", "change.TIME", "change.VENUE");
        for (Locale language : MailTemplates.SUPPORTED) {
            assertThat(new TreeSet<>(ChangeWording.bundle(language).keySet()))
                    .as(language.toString())
                    .isEqualTo(english);
        }
    }

    @Test
    void linesFollowTheOrderOfTheChangesAndIgnoreThoseParticipantsNeedNotKnow() {
        assertThat(wording.lines(List.of("VENUE", "CAPACITY", "TIME"), Locale.FRENCH))
                .containsExactly("Le lieu a changé.", "La date ou l’heure a changé.");
        assertThat(wording.lines(List.of("PROGRAMME"), Locale.of("ar"))).containsExactly("تغيّر البرنامج.");
        assertThat(wording.lines(List.of("TIME"), Locale.of("de"))).containsExactly("The date or time has changed.");
    }
}
