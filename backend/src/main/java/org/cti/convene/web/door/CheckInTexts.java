package org.cti.convene.web.door;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.cti.convene.checkin.CheckInOutcome;
import org.cti.convene.checkin.CheckInReason;
import org.cti.convene.checkin.CheckInResult;
import org.cti.convene.checkin.ScannedPerson;
import org.cti.convene.common.Countries;
import org.cti.convene.web.TimeFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Door answers in the page's language, shared by the scanner page, its JSON for scanner.js, and the attendance
 * page, so that the three always say the same thing. Texts come from the {@code messages/checkin} bundle.
 */
@Component
class CheckInTexts {

    /** What the scanner's result panel shows; {@code tone} picks the colour, the words say the same without it. */
    record ScanView(
            String result,
            String tone,
            String symbol,
            String headline,
            String detail,
            String name,
            String country,
            String role,
            String organisation) {}

    private final MessageSource messages;

    CheckInTexts(MessageSource messages) {
        this.messages = messages;
    }

    ScanView view(CheckInResult result, ZoneId zone, Locale locale, Instant now) {
        CheckInOutcome outcome = result.result();
        ScannedPerson person = result.registration();
        String detail = switch (outcome) {
            case ADMITTED -> text(locale, "checkin.detail.ADMITTED", when(result.checkedInAt(), zone, locale, now));
            case ALREADY_CHECKED_IN ->
                text(
                        locale,
                        "checkin.detail.ALREADY_CHECKED_IN",
                        when(result.checkedInAt(), zone, locale, now),
                        result.checkedInBy());
            default -> reason(result.reason(), locale);
        };
        return new ScanView(
                outcome.name(),
                tone(outcome),
                symbol(outcome),
                headline(outcome, locale),
                detail,
                person == null ? "" : person.badgeName(),
                person == null ? "" : country(person.countryCode(), locale),
                person == null ? "" : role(person.role(), locale),
                person == null || person.organisation() == null ? "" : person.organisation());
    }

    String headline(CheckInOutcome outcome, Locale locale) {
        return text(locale, "checkin.result." + outcome.name());
    }

    String reason(CheckInReason reason, Locale locale) {
        return reason == null ? "" : text(locale, "checkin.reason." + reason.name());
    }

    String role(String role, Locale locale) {
        return role == null ? "" : messages.getMessage("checkin.role." + role, null, role, locale);
    }

    static String country(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Countries.name(code, locale);
        return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }

    static String tone(CheckInOutcome outcome) {
        return switch (outcome) {
            case ADMITTED -> "ok";
            case ALREADY_CHECKED_IN -> "warn";
            default -> "bad";
        };
    }

    static String symbol(CheckInOutcome outcome) {
        return switch (outcome) {
            case ADMITTED -> "✓";
            case ALREADY_CHECKED_IN -> "!";
            default -> "✕";
        };
    }

    /** "13:05" today, "9 Mar 2027 13:05" another day, in the venue's zone. */
    static String when(Instant at, ZoneId zone, Locale locale, Instant now) {
        if (at == null) {
            return "";
        }
        TimeFormat format = new TimeFormat(zone, locale);
        boolean today = at.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
        return today ? format.time(at) : format.dateTime(at);
    }

    String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
