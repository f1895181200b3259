package org.cti.convene.mail.templates;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a {@link MailModel} into the variables the templates read. Everything arrives as ready-made text,
 * so the templates only decide what to show, never how to format it.
 *
 * <p>Blank strings are left out like {@code null}, and templates test {@code ${x != null}}: Thymeleaf's
 * {@code th:if} treats the strings "no", "off" and "false" as false, which would hide a reason or a venue
 * that happens to be spelt that way.
 */
final class MailVariables {

    static final char FSI = '\u2068';
    static final char PDI = '\u2069';

    private MailVariables() {}

    static Map<String, Object> of(MailModel model, Locale language, EventTimes times, String subject) {
        var variables = new HashMap<String, Object>();
        boolean rightToLeft = MailTemplates.isRightToLeft(language);
        variables.put("lang", language.toLanguageTag());
        variables.put("dir", rightToLeft ? "rtl" : "ltr");
        // Inline styles cannot rely on CSS logical properties in mail clients, so alignment is spelt out.
        variables.put("start", rightToLeft ? "right" : "left");
        variables.put("subject", subject);

        putIsolated(variables, "recipientName", model.recipientName());
        putIsolated(variables, "eventTitle", model.eventTitle());
        putText(variables, "when", times.range(model.startsAt(), model.endsAt()));
        putIsolated(variables, "venue", model.venue());
        putText(variables, "eventUrl", model.eventUrl());
        putText(variables, "manageUrl", model.manageUrl());
        putText(variables, "waitlistPosition", model.waitlistPosition());
        putIsolated(variables, "reason", model.reason());
        putText(variables, "contactEmail", model.contactEmail());
        putText(variables, "acceptUrl", model.acceptUrl());
        putText(variables, "declineUrl", model.declineUrl());
        putText(variables, "seats", model.seats());
        putText(variables, "expiresAt", times.moment(model.expiresAt()));
        putText(variables, "calendarUrl", model.calendarUrl());
        putText(variables, "addToGoogleUrl", model.addToGoogleUrl());
        putText(variables, "addToOutlookUrl", model.addToOutlookUrl());
        putIsolated(variables, "about", model.about());
        variables.put(
                "changes",
                model.changes().stream()
                        .map(String::strip)
                        .filter(change -> !change.isEmpty())
                        .toList());
        return variables;
    }

    /**
     * Adds text a person typed (a name, a title, a venue, a reason) inside Unicode isolates (FSI … PDI, the
     * plain-text twin of {@code <bdi>}): an Arabic name in an English sentence, or a Latin title in an Arabic
     * one, then keeps its own direction and cannot reorder the words and punctuation around it.
     */
    private static void putIsolated(Map<String, Object> variables, String name, String value) {
        putText(variables, name, value == null || value.isBlank() ? null : FSI + value.strip() + PDI);
    }

    /** Adds a variable for the template; a mail says nothing rather than show an empty field. */
    private static void putText(Map<String, Object> variables, String name, Object value) {
        if (value == null) {
            return;
        }
        var text = value.toString().strip();
        if (!text.isEmpty()) {
            variables.put(name, text);
        }
    }
}
