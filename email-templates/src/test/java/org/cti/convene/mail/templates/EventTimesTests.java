package org.cti.convene.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Event times are shown where the event happens, in the reader's conventions, and say which zone. */
class EventTimesTests {

    private static final MailMessages MESSAGES = new MailMessages(EmailResources.languages());
    private static final ZonedDateTime GENEVA_START =
            ZonedDateTime.of(2027, 3, 10, 13, 0, 0, 0, ZoneId.of("Europe/Zurich"));

    @Test
    void sameDayInEnglish() {
        var times = new EventTimes(MESSAGES, Locale.ENGLISH, Locale.UK);

        assertThat(times.range(GENEVA_START, GENEVA_START.plusMinutes(90)))
                .isEqualTo("Wednesday, 10 March 2027, 13:00 – 14:30 (Central European Time, Europe/Zurich)");
    }

    @Test
    void sameDayInFrenchSpanishAndArabic() {
        assertThat(new EventTimes(MESSAGES, Locale.FRENCH, Locale.FRENCH)
                        .range(GENEVA_START, GENEVA_START.plusHours(2)))
                .isEqualTo("mercredi 10 mars 2027, de 13:00 à 15:00 (heure d’Europe centrale, Europe/Zurich)");
        assertThat(new EventTimes(MESSAGES, Locale.of("es"), Locale.of("es"))
                        .range(GENEVA_START, GENEVA_START.plusHours(2)))
                .isEqualTo("miércoles, 10 de marzo de 2027, de 13:00 a 15:00 (hora de Europa central, Europe/Zurich)");
        assertThat(new EventTimes(MESSAGES, Locale.of("ar"), Locale.of("ar"))
                        .range(GENEVA_START, GENEVA_START.plusHours(2)))
                .contains("الأربعاء", "مارس", "توقيت وسط أوروبا", "Europe/Zurich");
    }

    @Test
    void endGivenInAnotherZoneIsShownInTheVenueZone() {
        var endInUtc = GENEVA_START.plusMinutes(90).withZoneSameInstant(ZoneOffset.UTC);

        var when = new EventTimes(MESSAGES, Locale.ENGLISH, Locale.UK).range(GENEVA_START, endInUtc);

        assertThat(when).contains("13:00 – 14:30").doesNotContain("13:30");
    }

    @Test
    void severalDaysShowBothDates() {
        var studyVisitStart = GENEVA_START.withHour(9);

        var when = new EventTimes(MESSAGES, Locale.ENGLISH, Locale.UK)
                .range(studyVisitStart, studyVisitStart.plusDays(2).withHour(17));

        assertThat(when)
                .isEqualTo(
                        "Wednesday, 10 March 2027, 09:00 – Friday, 12 March 2027, 17:00 (Central European Time, Europe/Zurich)");
    }

    @Test
    void newYorkEventNamesItsZoneInFrench() {
        var newYork = ZonedDateTime.of(2027, 9, 22, 13, 15, 0, 0, ZoneId.of("America/New_York"));

        var when = new EventTimes(MESSAGES, Locale.FRENCH, Locale.FRENCH).moment(newYork);

        assertThat(when)
                .isEqualTo("mercredi 22 septembre 2027 à 13:15 (heure de l’Est nord-américain, America/New_York)");
    }

    @Test
    void fixedOffsetIsNamedOnce() {
        var atOffset = GENEVA_START.withZoneSameInstant(ZoneOffset.ofHoursMinutes(5, 30));

        assertThat(new EventTimes(MESSAGES, Locale.ENGLISH, Locale.UK).moment(atOffset))
                .isEqualTo("Wednesday, 10 March 2027, 17:30 (+05:30)");
    }

    @Test
    void missingTimesStayMissing() {
        var times = new EventTimes(MESSAGES, Locale.ENGLISH, Locale.UK);

        assertThat(times.range(null, GENEVA_START)).isNull();
        assertThat(times.moment(null)).isNull();
        assertThat(times.range(GENEVA_START, null))
                .isEqualTo("Wednesday, 10 March 2027, 13:00 (Central European Time, Europe/Zurich)");
    }
}
